using HandoffBot.FollowUps;
using HandoffBot.Handoff;

namespace HandoffBot.Integrations;

/// <summary>
/// What happens to cases, turned into outbox items for every configured connector, recorded before anything is sent
/// (a quick insert; the worker sends them afterwards).
/// </summary>
public sealed class IntegrationEvents(IEnumerable<IOutboxConnector> connectors, SqliteOutbox outbox, OutboxWorker worker)
{
    public async Task OpenedAsync(HandoffCase handoff, bool urgent, CancellationToken cancellationToken)
    {
        var requests = new List<OutboxRequest>();
        foreach (var connector in connectors.Where(c => c.Enabled))
        {
            requests.AddRange(await connector.OnOpenedAsync(handoff, urgent, cancellationToken));
        }

        await RecordAsync(requests, cancellationToken);
    }

    public Task AgentMessageAsync(HandoffCase handoff, long seq, string agentName, string text, CancellationToken cancellationToken) =>
        RecordAsync(connectors.Where(c => c.Enabled).SelectMany(c => c.OnAgentMessage(handoff, seq, agentName, text)), cancellationToken);

    public Task FollowUpAsync(HandoffCase handoff, FollowUpTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var how = ticket.ContactMethod switch
        {
            FollowUpTicket.ByEmail => $"by email to {ticket.Email}",
            FollowUpTicket.ByCallback => $"by phone at {ticket.Phone}{(ticket.CallbackUtc is { } at ? $", around {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : string.Empty)}",
            _ => "through the contact details on the account",
        };
        var text = $"Nobody could take this conversation in time ({ticket.Reason}): follow-up ticket {ticket.Id} in HandoffBot; get back to the customer {how}.";
        return RecordAsync(connectors.Where(c => c.Enabled).SelectMany(c => c.OnFollowUp(handoff, ticket.Id, text)), cancellationToken);
    }

    public Task ResolvedAsync(HandoffCase handoff, string agentName, string disposition, CancellationToken cancellationToken) =>
        RecordAsync(connectors.Where(c => c.Enabled).SelectMany(c => c.OnResolved(handoff, agentName, disposition)), cancellationToken);

    /// <summary>Records one request of a connector that is not about a case's events (a mail of the email channel).</summary>
    public Task RecordAsync(OutboxRequest request, CancellationToken cancellationToken) => RecordAsync([request], cancellationToken);

    private async Task RecordAsync(IEnumerable<OutboxRequest> requests, CancellationToken cancellationToken)
    {
        var recorded = false;
        foreach (var request in requests)
        {
            recorded |= await outbox.EnqueueAsync(request, cancellationToken);
        }

        if (recorded)
        {
            worker.Nudge();
        }
    }
}
