namespace HandoffBot.Agents;

/// <summary>
/// The queue's one ordering: effective priority (the case's priority, plus what unanswered offers added, plus aging per
/// minute waited, capped at 100), highest first; then the earlier case. Pure, so the rulebook's examples are unit-tested.
/// </summary>
public static class QueueOrder
{
    public static int EffectivePriority(QueuedCase entry, DateTimeOffset now, double agingPerMinute)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var minutes = Math.Max(0, (now - entry.Case.CreatedUtc).TotalMinutes);
        var score = entry.Case.Priority + entry.Boost + (agingPerMinute * minutes);
        return (int)Math.Clamp(Math.Round(score, MidpointRounding.AwayFromZero), 0, 100);
    }

    public static IReadOnlyList<QueuedCase> Order(IEnumerable<QueuedCase> entries, DateTimeOffset now, double agingPerMinute) =>
        [.. entries
            .OrderByDescending(e => EffectivePriority(e, now, agingPerMinute))
            .ThenBy(e => e.Case.CreatedUtc)
            .ThenBy(e => e.HandoffId, StringComparer.Ordinal)];
}
