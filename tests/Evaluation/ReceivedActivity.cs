using Microsoft.Bot.Schema;

namespace HandoffBot.Evaluation;

/// <summary>
/// An activity the bot posted to the serviceUrl listener, with the route it used and its Authorization header;
/// <see cref="Updated"/> when it replaced an activity sent before (PUT), <see cref="ReplyToId"/> then being its id.
/// </summary>
public sealed record ReceivedActivity(string ConversationId, string? ReplyToId, Activity Activity, string Authorization, bool Updated = false)
{
    /// <summary>When the listener received it (wall clock, for latencies measured from a time the bot stamped).</summary>
    public DateTimeOffset ReceivedUtc { get; init; } = DateTimeOffset.UtcNow;
}
