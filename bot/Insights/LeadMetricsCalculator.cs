using HandoffBot.Agents;
using HandoffBot.FollowUps;
using HandoffBot.Handoff;

namespace HandoffBot.Insights;

/// <summary>
/// The lead's numbers for a period, from what is stored: conversations from the decision log (a conversation counts on
/// the local day of its first customer message in the period), handoffs and their path from the event log and the
/// cases. A handoff belongs to the period it was created in; its accept, first reply, rating and end (still waiting,
/// or turned into a follow-up ticket because nobody could take it) follow it.
/// </summary>
public sealed class LeadMetricsCalculator(SqliteDecisionLog decisions, HandoffEventLog events, SqliteAgentHub hub, TimeProvider timeProvider)
{
    public async Task<LeadMetrics> ComputeAsync(MetricsPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var conversations = await decisions.ConversationsAsync(period.FromUtc, period.ToUtc, cancellationToken);
        var byCase = (await events.ListAsync(period.FromUtc, cancellationToken)).GroupBy(e => e.HandoffId).ToList();
        var created = byCase
            .Select(g => (Events: g.ToList(), Created: g.FirstOrDefault(e => e.Kind == HandoffEventKind.Created)))
            .Where(c => c.Created is { } start && start.CreatedUtc < period.ToUtc)
            .ToList();
        var toAccept = new List<double>();
        var toReply = new List<double>();
        var ratings = new List<int>();
        var triggers = new List<string>();
        var skills = new List<string>();
        var handoffDays = new List<DateOnly>();
        var waiting = 0;
        var followUps = 0;
        foreach (var (moments, start) in created)
        {
            var at = start!.CreatedUtc;
            handoffDays.Add(period.DayOf(at));
            if (moments.FirstOrDefault(e => e.Kind == HandoffEventKind.Accepted) is { } accepted)
            {
                toAccept.Add((accepted.CreatedUtc - at).TotalSeconds);
            }

            if (moments.FirstOrDefault(e => e.Kind == HandoffEventKind.FirstAgentMessage) is { } first)
            {
                toReply.Add((first.CreatedUtc - at).TotalSeconds);
            }

            ratings.AddRange(moments.Select(e => e.Rating).OfType<int>());
            if (await hub.GetAsync(start.HandoffId, cancellationToken) is { } entry)
            {
                triggers.Add(entry.Case.Triggers.Count > 0 ? entry.Case.Triggers[0].Name : "none");
                skills.Add(entry.Case.Skill);
                waiting += entry.IsOpen && entry.Assignment != QueuedCase.Accepted ? 1 : 0;
                followUps += entry.Status == CaseFollowUps.ClosedAsFollowUp ? 1 : 0;
            }
        }

        var conversationDays = conversations.Select(c => period.DayOf(c.FirstUtc)).ToList();
        var now = timeProvider.GetUtcNow();
        var queue = QueueNow.Of(await hub.ListOpenAsync(cancellationToken), now).Select(q => q with { OldestWaitSeconds = Math.Round(q.OldestWaitSeconds, 1) }).ToList();
        var handoffs = created.Count;
        return new LeadMetrics(
            period.Name,
            period.FirstDay,
            period.LastDay,
            period.Zone.Id,
            conversations.Count,
            handoffs,
            conversations.Count > 0 ? Math.Round((double)handoffs / conversations.Count, 3) : null,
            conversations.Count > 0 ? Math.Round((double)Math.Max(0, conversations.Count - handoffs) / conversations.Count, 3) : null,
            toAccept.Count,
            created.Count(c => c.Events.Any(e => e.Kind == HandoffEventKind.Resolved)),
            waiting,
            followUps,
            NearestRank.Of(toAccept, 0.5),
            NearestRank.Of(toAccept, 0.9),
            NearestRank.Of(toReply, 0.5),
            NearestRank.Of(toReply, 0.9),
            ratings.Count,
            ratings.Count > 0 ? Math.Round(ratings.Average(), 2) : null,
            CountsOf(triggers),
            CountsOf(skills),
            [.. period.Days.Select(d => new DailyCounts(d, conversationDays.Count(c => c == d), handoffDays.Count(h => h == d)))],
            queue);
    }

    private static List<CountBy> CountsOf(IEnumerable<string> names) =>
        [.. names.GroupBy(n => n, StringComparer.Ordinal).Select(g => new CountBy(g.Key, g.Count())).OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal)];


}
