using HandoffBot.Customers;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Agents;

/// <summary>
/// The queue's one ordering. Cases fall into bands, served in this order: urgent (the case's own priority at or above
/// the rulebook's <c>immediateHandoffAt</c>), then VIP and enterprise customers, then everyone else. Within a band:
/// effective priority (the case's priority, plus what unanswered offers added, plus aging per minute waited, capped at
/// 100), highest first; then the earlier case. Aging so reorders cases within a band, and a standard case that waited
/// long never passes a VIP's or an urgent one. Pure, so the rulebook's examples are unit-tested.
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

    /// <summary>2 urgent, 1 VIP or enterprise customer, 0 everyone else: what aging never crosses.</summary>
    public static int Band(QueuedCase entry, int urgentAt)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Case.Priority >= urgentAt)
        {
            return 2;
        }

        // The case keeps the profile as JSON (tier in camel case, as CustomerProfile.JsonOptions writes it).
        var tier = (entry.Case.Customer?["tier"] as JValue)?.Value as string;
        return Enum.TryParse<CustomerTier>(tier, ignoreCase: true, out var parsed) && CustomerProfile.IsHighValueTier(parsed) ? 1 : 0;
    }

    public static IReadOnlyList<QueuedCase> Order(IEnumerable<QueuedCase> entries, DateTimeOffset now, double agingPerMinute, int urgentAt) =>
        [.. entries
            .OrderByDescending(e => Band(e, urgentAt))
            .ThenByDescending(e => EffectivePriority(e, now, agingPerMinute))
            .ThenBy(e => e.Case.CreatedUtc)
            .ThenBy(e => e.HandoffId, StringComparer.Ordinal)];
}
