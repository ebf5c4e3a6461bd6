using HandoffBot.Agents;
using HandoffBot.FollowUps;
using HandoffBot.Handoff;

namespace HandoffBot.Insights;

/// <summary>
/// The handoffs created in a span of time, each with its path: accepted and first replied to (seconds from the bot's
/// decision), rated, resolved, transferred, offers let pass, and how it ended if it did (still waiting, turned into a
/// follow-up ticket because nobody could take it, or abandoned: the customer withdrew, left or went silent before anyone
/// accepted it).
/// </summary>
public sealed class HandoffFactsReader(HandoffEventLog events, SqliteAgentHub hub, SqliteFollowUpStore followUps)
{
    public async Task<IReadOnlyList<HandoffFacts>> ReadAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken)
    {
        var facts = new List<HandoffFacts>();
        foreach (var moments in (await events.ListAsync(fromUtc, cancellationToken)).GroupBy(e => e.HandoffId))
        {
            if (moments.FirstOrDefault(e => e.Kind == HandoffEventKind.Created) is not { } start || start.CreatedUtc >= toUtc)
            {
                continue;
            }

            var at = start.CreatedUtc;
            double? SecondsTo(string kind) => moments.FirstOrDefault(e => e.Kind == kind) is { } reached ? (reached.CreatedUtc - at).TotalSeconds : null;
            var accepted = SecondsTo(HandoffEventKind.Accepted);
            var entry = await hub.GetAsync(start.HandoffId, cancellationToken);
            var followUp = entry?.Status == CaseFollowUps.ClosedAsFollowUp;
            var gone = accepted is null && (entry?.Status == HandoffEnded.Withdrawn
                || (followUp && (await followUps.FindByHandoffAsync(start.HandoffId, cancellationToken))?.Reason is FollowUpReasons.CustomerLeft or FollowUpReasons.Inactive));
            facts.Add(new HandoffFacts(
                start.HandoffId,
                at,
                accepted,
                SecondsTo(HandoffEventKind.FirstAgentMessage),
                [.. moments.Select(e => e.Rating).OfType<int>()],
                entry is { Case.Triggers.Count: > 0 } ? entry.Case.Triggers[0].Name : "none",
                entry?.Case.Skill ?? "unknown",
                entry?.Case.Reason ?? "unknown",
                entry is { IsOpen: true } && entry.Assignment != QueuedCase.Accepted,
                followUp,
                gone,
                moments.Any(e => e.Kind == HandoffEventKind.Resolved),
                moments.Any(e => e.Kind == HandoffEventKind.Transferred),
                moments.Count(e => e.Kind == HandoffEventKind.OfferExpired)));
        }

        return facts;
    }
}
