using System.ComponentModel.DataAnnotations;

namespace HandoffBot.Integrations;

/// <summary>How the outbox retries (<c>HandoffBot:Integrations:Outbox</c>): exponential backoff from <see cref="FirstRetryDelay"/>, at most <see cref="MaxRetryDelay"/> apart.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "HandoffBot:Integrations:Outbox";

    /// <summary>Attempts before an item that keeps failing is parked for a supervisor.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a claimed item is the worker's; one left "sending" by a dead process is tried again after it.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The delay before attempt <paramref name="attempt"/> + 1, after <paramref name="attempt"/> failed ones.</summary>
    public TimeSpan RetryDelay(int attempt) =>
        TimeSpan.FromSeconds(Math.Min(MaxRetryDelay.TotalSeconds, FirstRetryDelay.TotalSeconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30))));
}
