namespace HandoffBot.Handoff;

/// <summary>
/// What the team promised a waiting customer outside the chat (an email, a callback), so that every later message
/// about the wait repeats that promise instead of contradicting it.
/// </summary>
public interface IFollowUpPromises
{
    /// <summary>The open promise for the case, as one sentence to the customer; null when there is none.</summary>
    Task<string?> FindAsync(string handoffId, CancellationToken cancellationToken);
}
