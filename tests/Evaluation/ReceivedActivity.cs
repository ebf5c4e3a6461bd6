using Microsoft.Bot.Schema;

namespace HandoffBot.Evaluation;

/// <summary>An activity the bot posted to the serviceUrl listener, with the conversation and replyToId of its route.</summary>
public sealed record ReceivedActivity(string ConversationId, string? ReplyToId, Activity Activity);
