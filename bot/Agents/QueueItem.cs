namespace HandoffBot.Agents;

/// <summary>A queue row as the console shows it.</summary>
public sealed record QueueItem(
    string HandoffId,
    int Priority,
    int BasePriority,
    string Reason,
    string Skill,
    string? Tier,
    string? CustomerName,
    string Summary,
    string Assignment,
    string? AgentId,
    string? OfferedTo,
    DateTimeOffset CreatedUtc,
    double WaitingSeconds)
{
    public static QueueItem From(QueuedCase entry, DateTimeOffset now, double agingPerMinute)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var handoff = entry.Case;
        return new QueueItem(
            handoff.HandoffId,
            QueueOrder.EffectivePriority(entry, now, agingPerMinute),
            handoff.Priority,
            handoff.Reason,
            handoff.Skill,
            handoff.Customer?.Value<string>("tier"),
            handoff.Customer?.Value<string>("name"),
            handoff.Summary,
            entry.Assignment,
            entry.AgentId,
            entry.OfferedTo,
            handoff.CreatedUtc,
            Math.Max(0, (now - handoff.CreatedUtc).TotalSeconds));
    }
}
