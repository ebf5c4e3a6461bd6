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
    int ClosedAsFollowUps,
    double? MedianSecondsToAccept,
    double? P90SecondsToAccept,
    double? MedianSecondsToFirstHumanReply,
    double? P90SecondsToFirstHumanReply,
    int CsatRatings,
    double? AverageCsat,
    IReadOnlyList<CountBy> HandoffsByTrigger,
    IReadOnlyList<CountBy> HandoffsBySkill,
    IReadOnlyList<DailyCounts> Daily,
    IReadOnlyList<QueueNow> QueueNow);

/// <summary>A count under a name (a trigger, a skill).</summary>
public sealed record CountBy(string Name, int Count);

/// <summary>A skill's queue at the moment of asking: cases nobody has accepted, and how long the oldest has waited.</summary>
public sealed record QueueNow(string Skill, int Waiting, double OldestWaitSeconds);

/// <summary>One local day of a period.</summary>
public sealed record DailyCounts(DateOnly Date, int Conversations, int Handoffs);
