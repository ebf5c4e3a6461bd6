using HandoffBot.Agents;
using HandoffBot.Csat;
using HandoffBot.Handoff;

namespace HandoffBot.Insights;

/// <summary>
/// The lead's numbers for a period, from what is stored: conversations from the decision log (a conversation counts on
/// the local day of its first customer message in the period), handoffs and their path (<see cref="HandoffFactsReader"/>).
/// A handoff belongs to the period (and the day) it was created in; its accept, first reply, rating and end follow it. Ratings of the bot alone (asked when a customer no person helped says goodbye) count
/// on the day they were given. The totals and each day's trend are one computation over the same facts.
/// </summary>
public sealed class LeadMetricsCalculator(
    SqliteDecisionLog decisions, HandoffFactsReader facts, SqliteAgentHub hub, SqliteCsatStore csat, TimeProvider timeProvider)
{
    public async Task<LeadMetrics> ComputeAsync(MetricsPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var conversationDays = (await decisions.ConversationsAsync(period.FromUtc, period.ToUtc, cancellationToken))
            .Select(c => period.DayOf(c.FirstUtc)).ToList();
        var handoffs = await facts.ReadAsync(period.FromUtc, period.ToUtc, cancellationToken);
        var aiOnly = (await csat.ListAiOnlyAsync(period.FromUtc, period.ToUtc, cancellationToken)).Select(r => (Day: period.DayOf(r.RecordedUtc), r.Rating)).ToList();
        var total = Tally.Of(conversationDays.Count, handoffs, [.. aiOnly.Select(r => r.Rating)]);
        var queue = QueueNow.Of(await hub.ListOpenAsync(cancellationToken), timeProvider.GetUtcNow())
            .Select(q => q with { OldestWaitSeconds = Math.Round(q.OldestWaitSeconds, 1) }).ToList();
        return new LeadMetrics(
            period.Name,
            period.FirstDay,
            period.LastDay,
            period.Zone.Id,
            total.Conversations,
            total.Handoffs,
            total.HandoffRate,
            total.ResolvedByBotRate,
            handoffs.Count(h => h.SecondsToAccept is not null),
            handoffs.Count(h => h.Resolved),
            handoffs.Count(h => h.Waiting),
            total.Abandoned,
            total.AbandonmentRate,
            handoffs.Count(h => h.FollowUp),
            total.MedianSecondsToAccept,
            NearestRank.Of(Seconds(handoffs, h => h.SecondsToAccept), 0.9),
            total.MedianSecondsToFirstHumanReply,
            NearestRank.Of(Seconds(handoffs, h => h.SecondsToFirstReply), 0.9),
            total.CsatRatings,
            total.AverageCsat,
            total.AiOnlyCsatRatings,
            total.AiOnlyAverageCsat,
            CountsOf(handoffs.Select(h => h.Trigger)),
            CountsOf(handoffs.Select(h => h.Skill)),
            [.. period.Days.Select(d => Tally.Of(
                conversationDays.Count(c => c == d), [.. handoffs.Where(h => period.DayOf(h.CreatedUtc) == d)], [.. aiOnly.Where(r => r.Day == d).Select(r => r.Rating)]).ForDay(d))],
            queue);
    }

    private static List<double> Seconds(IEnumerable<HandoffFacts> handoffs, Func<HandoffFacts, double?> pick) => [.. handoffs.Select(pick).OfType<double>()];

    private static List<CountBy> CountsOf(IEnumerable<string> names) =>
        [.. names.GroupBy(n => n, StringComparer.Ordinal).Select(g => new CountBy(g.Key, g.Count())).OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal)];

    /// <summary>The numbers shared by a whole period and each of its days.</summary>
    private sealed record Tally(
        int Conversations, int Handoffs, double? HandoffRate, double? ResolvedByBotRate, int Abandoned, double? AbandonmentRate,
        double? MedianSecondsToAccept, double? MedianSecondsToFirstHumanReply, int CsatRatings, double? AverageCsat,
        int AiOnlyCsatRatings, double? AiOnlyAverageCsat)
    {
        public static Tally Of(int conversations, IReadOnlyList<HandoffFacts> handoffs, IReadOnlyList<int> aiOnlyRatings)
        {
            var ratings = handoffs.SelectMany(h => h.Ratings).ToList();
            var abandoned = handoffs.Count(h => h.Abandoned);
            return new Tally(
                conversations,
                handoffs.Count,
                Ratio(handoffs.Count, conversations),
                Ratio(Math.Max(0, conversations - handoffs.Count), conversations),
                abandoned,
                Ratio(abandoned, handoffs.Count),
                NearestRank.Of(Seconds(handoffs, h => h.SecondsToAccept), 0.5),
                NearestRank.Of(Seconds(handoffs, h => h.SecondsToFirstReply), 0.5),
                ratings.Count,
                Average(ratings),
                aiOnlyRatings.Count,
                Average(aiOnlyRatings));
        }

        public DailyCounts ForDay(DateOnly day) => new(
            day, Conversations, Handoffs, HandoffRate, ResolvedByBotRate, Abandoned, MedianSecondsToAccept, MedianSecondsToFirstHumanReply, CsatRatings, AverageCsat,
            AiOnlyCsatRatings, AiOnlyAverageCsat);

        private static double? Average(IReadOnlyList<int> ratings) => ratings.Count > 0 ? Math.Round(ratings.Average(), 2) : null;

        private static double? Ratio(int part, int whole) => whole > 0 ? Math.Round((double)part / whole, 3) : null;
    }
}
