using HandoffBot.Handoff.Rulebook;
using Microsoft.Extensions.Options;

namespace HandoffBot.Agents;

/// <summary>
/// One pass over the queue: offers nobody accepted in time go back with more priority (a supervisor is told, the customer
/// gets an updated wait); then, highest effective priority first, each queued case is offered to the best available
/// agent for its skill: a specialist before a generalist, then the least loaded, skipping agents who let it pass.
/// </summary>
public sealed partial class CaseAssigner(
    SqliteAgentHub hub,
    SqliteAgentDirectory agents,
    HandoffEventLog events,
    AgentConsole console,
    AgentRelay relay,
    RulebookProvider rulebooks,
    IOptions<AssignmentOptions> assignment,
    IOptions<AgentOptions> options,
    TimeProvider timeProvider,
    ILogger<CaseAssigner> logger)
{
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var open = await hub.ListOpenAsync(cancellationToken);
        var expired = open.Where(c => c.Assignment == QueuedCase.Offered && c.OfferedUtc + assignment.Value.AcceptTimeout <= now).ToList();
        foreach (var offer in expired)
        {
            await ExpireAsync(offer, cancellationToken);
        }

        if (expired.Count > 0)
        {
            open = await hub.ListOpenAsync(cancellationToken);
        }

        var aging = rulebooks.Current.Priority.AgingPerMinute;
        var team = (await agents.ListAsync(cancellationToken)).ToDictionary(a => a.Id);
        foreach (var entry in QueueOrder.Order(open.Where(c => c.Assignment == QueuedCase.Queued), now, aging, rulebooks.Current.Priority.ImmediateHandoffAt))
        {
            var skill = entry.Case.Skill;
            var able = team.Values.Where(a => a.CanTakeMore && a.HasSkill(skill)).ToList();
            var fresh = able.Where(a => !entry.Passed.Contains(a.Id)).ToList();
            // Everyone let it pass once: start again from the best agent rather than leave the customer unserved.
            var best = (fresh.Count > 0 ? fresh : able)
                .OrderBy(a => a.IsSpecialistFor(skill) ? 0 : 1)
                .ThenBy(a => (double)a.Load / a.Capacity)
                .ThenBy(a => a.Id, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best is null || !await hub.TryOfferAsync(entry.HandoffId, best.Id, cancellationToken))
            {
                continue;
            }

            team[best.Id] = best with { Load = best.Load + 1 };
            LogOffered(logger, entry.HandoffId, best.Id);
            await events.RecordAsync(entry.HandoffId, HandoffEventKind.Offered, best.Id, null, cancellationToken);
            var offered = entry with { Assignment = QueuedCase.Offered, OfferedTo = best.Id, OfferedUtc = now };
            await console.CaseOfferedAsync(best.Id, QueueItem.From(offered, now, aging), cancellationToken);
            await console.QueueChangedAsync("offered", entry.HandoffId, cancellationToken);
        }
    }

    private async Task ExpireAsync(QueuedCase offer, CancellationToken cancellationToken)
    {
        var boost = options.Value.ReofferPriorityBoost;
        if (!await hub.ExpireOfferAsync(offer, boost, cancellationToken))
        {
            return;
        }

        LogExpired(logger, offer.HandoffId, offer.OfferedTo);
        await events.RecordAsync(offer.HandoffId, HandoffEventKind.OfferExpired, offer.OfferedTo, new { boost }, cancellationToken);
        var priority = Math.Min(100, offer.Case.Priority + offer.Boost + boost);
        await console.UrgentAlertAsync(
            new UrgentAlert(offer.HandoffId, priority, offer.Case.Reason, offer.Case.Skill,
                $"{offer.OfferedTo} did not accept within {assignment.Value.AcceptTimeout.TotalMinutes:0.#} min; re-offering with priority {priority}."),
            supervisorsOnly: true,
            cancellationToken);
        await console.QueueChangedAsync("offer-expired", offer.HandoffId, cancellationToken);
        try
        {
            var wait = await hub.EstimateWaitAsync(offer.Case, cancellationToken);
            await relay.SayAsync(offer.Case, AgentMessages.StillWaiting(wait), null, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogCustomerUnreachable(logger, ex, offer.HandoffId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Handoff {HandoffId} offered to {AgentId}")]
    private static partial void LogOffered(ILogger logger, string handoffId, string agentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Offer of handoff {HandoffId} to {AgentId} expired; back in the queue")]
    private static partial void LogExpired(ILogger logger, string handoffId, string? agentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not give the customer of handoff {HandoffId} an updated wait")]
    private static partial void LogCustomerUnreachable(ILogger logger, Exception exception, string handoffId);
}
