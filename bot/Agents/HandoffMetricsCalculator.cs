using HandoffBot.Handoff;
using HandoffBot.Insights;

namespace HandoffBot.Agents;

/// <summary>
/// What <c>GET /api/agent/metrics</c> reports for the handoffs created since a moment: the same definitions as the
/// lead's numbers (<see cref="LeadMetricsCalculator"/>), over the same facts (<see cref="HandoffFactsReader"/>), plus
/// offers let pass, transfers and CSAT by path.
/// </summary>
public sealed class HandoffMetricsCalculator(HandoffFactsReader facts, SqliteDecisionLog decisions)
{
    public async Task<HandoffMetrics> ComputeAsync(DateTimeOffset? sinceUtc, CancellationToken cancellationToken)
    {
        var from = sinceUtc ?? DateTimeOffset.MinValue;
        var handoffs = await facts.ReadAsync(from, DateTimeOffset.MaxValue, cancellationToken);
        var conversations = (await decisions.ConversationsAsync(from, DateTimeOffset.MaxValue, cancellationToken)).Count;
        var toAccept = handoffs.Select(h => h.SecondsToAccept).OfType<double>().ToList();
        var toFirstResponse = handoffs.Select(h => h.SecondsToFirstReply).OfType<double>().ToList();
        var ratings = handoffs.SelectMany(h => h.Ratings.Select(r => (Path: h.Transferred ? h.Reason + " (transferred)" : h.Reason, Rating: r))).ToList();
        return new HandoffMetrics(
            sinceUtc,
            conversations,
            handoffs.Count,
            conversations > 0 ? Math.Round((double)handoffs.Count / conversations, 3) : null,
            toAccept.Count,
            handoffs.Count(h => h.Resolved),
            handoffs.Sum(h => h.OffersExpired),
            handoffs.Count(h => h.Transferred),
            NearestRank.Of(toAccept, 0.5),
            NearestRank.Of(toAccept, 0.9),
            NearestRank.Of(toFirstResponse, 0.5),
            NearestRank.Of(toFirstResponse, 0.9),
            ratings.Count > 0 ? Math.Round(ratings.Average(r => r.Rating), 2) : null,
            [.. ratings.GroupBy(r => r.Path).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new CsatByPath(g.Key, g.Count(), Math.Round(g.Average(r => r.Rating), 2)))]);
    }
}
