using System.Text.Json;
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

            ratings.AddRange(moments.Where(e => e.Kind == HandoffEventKind.Csat).Select(e => Rating(e.Data)).OfType<int>());
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
        var queue = (await hub.ListOpenAsync(cancellationToken))
            .Where(c => c.Assignment != QueuedCase.Accepted)
            .GroupBy(c => c.Case.Skill, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new QueueNow(g.Key, g.Count(), Math.Round(g.Max(c => Math.Max(0, (now - c.Case.CreatedUtc).TotalSeconds)), 1)))
            .ToList();
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
            Percentile(toAccept, 0.5),
            Percentile(toAccept, 0.9),
            Percentile(toReply, 0.5),
            Percentile(toReply, 0.9),
            ratings.Count,
            ratings.Count > 0 ? Math.Round(ratings.Average(), 2) : null,
            CountsOf(triggers),
            CountsOf(skills),
            [.. period.Days.Select(d => new DailyCounts(d, conversationDays.Count(c => c == d), handoffDays.Count(h => h == d)))],
            queue);
    }

    private static List<CountBy> CountsOf(IEnumerable<string> names) =>
        [.. names.GroupBy(n => n, StringComparer.Ordinal).Select(g => new CountBy(g.Key, g.Count())).OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal)];

    // Nearest rank: the value at or below which the given share of the values lie.
    private static double? Percentile(List<double> values, double share)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        return Math.Round(values[Math.Clamp((int)Math.Ceiling(share * values.Count) - 1, 0, values.Count - 1)], 1);
    }

    private static int? Rating(string? data)
    {
        if (data is null)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(data);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("rating", out var rating) && rating.TryGetInt32(out var value)
                ? value
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
