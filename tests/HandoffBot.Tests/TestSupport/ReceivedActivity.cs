using Microsoft.Bot.Schema;

namespace HandoffBot.Tests.TestSupport;

/// <summary>An activity the bot posted to the serviceUrl listener, with the route it used.</summary>
public sealed record ReceivedActivity(string ConversationId, string? ReplyToId, Activity Activity, string Authorization);
