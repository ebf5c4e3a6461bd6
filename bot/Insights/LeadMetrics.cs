using HandoffBot.Agents;

namespace HandoffBot.Insights;

/// <summary>What <c>GET /api/metrics/summary</c> reports for a period: the numbers a support lead reads every Monday.</summary>
public sealed record LeadMetrics(
    string Period,
    DateOnly From,
    DateOnly To,
    string TimeZone,
    int Conversations,
    int Handoffs,
    double? HandoffRate,
    double? ResolvedByBotRate,
    int Accepted,
    int Resolved,
    int Waiting,
    int Abandoned,
    double? AbandonmentRate,
    int ClosedAsFollowUps,
    double? MedianSecondsToAccept,
    double? P90SecondsToAccept,
    double? MedianSecondsToFirstHumanReply,
    double? P90SecondsToFirstHumanReply,
    int CsatRatings,
    double? AverageCsat,
    int AiOnlyCsatRatings,
    double? AiOnlyAverageCsat,
    IReadOnlyList<CountBy> HandoffsByTrigger,
    IReadOnlyList<CountBy> HandoffsBySkill,
    IReadOnlyList<DailyCounts> Daily,
    IReadOnlyList<QueueNow> QueueNow);

/// <summary>A count under a name (a trigger, a skill).</summary>
public sealed record CountBy(string Name, int Count);

/// <summary>A skill's queue at the moment of asking: cases nobody has accepted, and how long the oldest has waited.</summary>
public sealed record QueueNow(string Skill, int Waiting, double OldestWaitSeconds)
{
    /// <summary>The unaccepted open cases per skill (by skill name), from the open cases at <paramref name="now"/>.</summary>
    public static IReadOnlyList<QueueNow> Of(IEnumerable<QueuedCase> open, DateTimeOffset now) =>
        [.. open
            .Where(c => c.Assignment != QueuedCase.Accepted)
            .GroupBy(c => c.Case.Skill, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new QueueNow(g.Key, g.Count(), g.Max(c => Math.Max(0, (now - c.Case.CreatedUtc).TotalSeconds))))];
}

/// <summary>One local day of a period: the trend of each number that has one.</summary>
public sealed record DailyCounts(
    DateOnly Date,
    int Conversations,
    int Handoffs,
    double? HandoffRate,
    double? ResolvedByBotRate,
    int Abandoned,
    double? MedianSecondsToAccept,
    double? MedianSecondsToFirstHumanReply,
    int CsatRatings,
    double? AverageCsat,
    int AiOnlyCsatRatings,
    double? AiOnlyAverageCsat);
