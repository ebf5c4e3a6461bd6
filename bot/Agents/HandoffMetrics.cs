namespace HandoffBot.Agents;

/// <summary>What <c>GET /api/agent/metrics</c> reports, computed from the handoff event log.</summary>
public sealed record HandoffMetrics(
    DateTimeOffset? SinceUtc,
    int Conversations,
    int Handoffs,
    double? HandoffRate,
    int Accepted,
    int Resolved,
    int OffersExpired,
    int Transferred,
    double? MedianSecondsToAccept,
    double? P90SecondsToAccept,
    double? MedianSecondsToFirstHumanResponse,
    double? P90SecondsToFirstHumanResponse,
    double? AverageCsat,
    IReadOnlyList<CsatByPath> CsatByPath);
