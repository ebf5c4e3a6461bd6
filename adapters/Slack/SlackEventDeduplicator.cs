using System.Collections.Concurrent;

namespace HandoffBot.Adapters.Slack;

/// <summary>
/// Slack retries an event it thinks was not received (up to three times over about an hour, with
/// <c>X-Slack-Retry-Num</c>); the <c>event_id</c> stays the same, so each event is claimed once.
/// </summary>
public sealed class SlackEventDeduplicator(TimeProvider timeProvider)
{
    /// <summary>How long an event id is remembered: longer than Slack's retries last.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromHours(2);

    private const int PruneEvery = 1024;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private int _claims;

    /// <summary>True the first time <paramref name="eventId"/> is seen; false for a retry of it.</summary>
    public bool TryClaim(string eventId)
    {
        var now = timeProvider.GetUtcNow();
        if (Interlocked.Increment(ref _claims) % PruneEvery == 0)
        {
            foreach (var (id, seen) in _seen)
            {
                if (now - seen > Memory)
                {
                    _seen.TryRemove(id, out _);
                }
            }
        }

        return _seen.TryAdd(eventId, now);
    }

    /// <summary>Forgets a claim whose turn could not be queued, so that Slack's retry is taken.</summary>
    public void Release(string eventId) => _seen.TryRemove(eventId, out _);
}
