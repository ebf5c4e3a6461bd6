using System.Collections.Concurrent;

namespace HandoffBot.Adapters.DirectLine;

/// <summary>
/// A token bucket per key (a conversation, a client address): a burst of <c>perMinute</c>, then refilled evenly. Driven
/// by <see cref="TimeProvider"/>, so tests control time.
/// </summary>
public sealed class PerKeyRateLimiter(TimeProvider timeProvider)
{
    // Buckets idle long enough to be full again are dropped now and then, so one-off keys do not pile up.
    private const int SweepAbove = 10_000;

    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);

    /// <summary>Takes one permit for <paramref name="key"/>; when none is left, says how long until the next one.</summary>
    public bool TryAcquire(string key, int perMinute, out TimeSpan retryAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perMinute, 1);
        var now = timeProvider.GetUtcNow();
        var perPermit = TimeSpan.FromMinutes(1) / perMinute;
        if (_buckets.Count > SweepAbove)
        {
            Sweep(now);
        }

        var bucket = _buckets.GetOrAdd(key, _ => new Bucket(perMinute, now));
        lock (bucket)
        {
            bucket.Permits = Math.Min(perMinute, bucket.Permits + ((now - bucket.Updated) / perPermit));
            bucket.Updated = now;
            if (bucket.Permits >= 1)
            {
                bucket.Permits -= 1;
                retryAfter = TimeSpan.Zero;
                return true;
            }

            retryAfter = perPermit * (1 - bucket.Permits);
            return false;
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, bucket) in _buckets)
        {
            if (now - bucket.Updated > TimeSpan.FromMinutes(1))
            {
                _buckets.TryRemove(key, out _);
            }
        }
    }

    private sealed class Bucket(double permits, DateTimeOffset updated)
    {
        public double Permits { get; set; } = permits;

        public DateTimeOffset Updated { get; set; } = updated;
    }
}
