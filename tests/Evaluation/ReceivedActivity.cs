using Microsoft.Bot.Schema;

namespace HandoffBot.Evaluation;

/// <summary>An activity the bot posted to the serviceUrl listener, with the route it used and its Authorization header.</summary>
public sealed record ReceivedActivity(string ConversationId, string? ReplyToId, Activity Activity, string Authorization);
