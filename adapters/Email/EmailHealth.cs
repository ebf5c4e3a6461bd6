namespace HandoffBot.Adapters.Email;

/// <summary>Whether the mailbox could be read, for <c>/healthz</c>: an unreachable mailbox is reported, never fatal.</summary>
public sealed class EmailHealth
{
    private volatile Snapshot _current = new("starting", null, null);

    public Snapshot Current => _current;

    public void Connected(DateTimeOffset at) => _current = new("connected", null, at);

    public void Unreachable(string error) => _current = _current with { State = "unreachable", Error = error };

    /// <summary>The mailbox's state ("starting", "connected", "unreachable"), the last error, and when it was last read.</summary>
    public sealed record Snapshot(string State, string? Error, DateTimeOffset? LastReadUtc);
}
