using Microsoft.Bot.Schema;

namespace HandoffBot.Adapters.Slack;

/// <summary>
/// What the Slack channel keeps before it answers Slack, so that a customer's message is neither lost nor answered
/// twice: each event once (by <c>event_id</c>, across restarts), its turn until it has run, and the channel threads the
/// bot talks in (replies there reach it without a mention). The host supplies it, in the bot's database.
/// </summary>
public interface ISlackInbox
{
    /// <summary>Keeps an event's turn to run; false when the event was accepted before (Slack retrying it).</summary>
    Task<bool> TryAcceptAsync(string eventId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Forgets an accepted event whose turn could not be queued, so that Slack's retry is taken.</summary>
    Task ReleaseAsync(string eventId, CancellationToken cancellationToken);

    /// <summary>The event's turn has run: its content is dropped, its id kept for a while against late retries.</summary>
    Task CompleteAsync(string eventId, CancellationToken cancellationToken);

    /// <summary>Turns accepted and not yet run (the process stopped before them), oldest first.</summary>
    Task<IReadOnlyList<(string EventId, Activity Activity)>> PendingAsync(CancellationToken cancellationToken);

    /// <summary>Notes a channel thread the bot talks in.</summary>
    Task AddThreadAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Whether the bot talks in this channel thread.</summary>
    Task<bool> HasThreadAsync(string conversationId, CancellationToken cancellationToken);
}
