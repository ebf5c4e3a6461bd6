using HandoffBot.FollowUps;
using HandoffBot.Handoff;

namespace HandoffBot.Integrations;

/// <summary>
/// What happens to cases, turned into outbox items for every configured connector, recorded before anything is sent
/// (a quick insert; the worker sends them afterwards). Recording a case's event never fails the agent's or the
/// customer's action: a failure is logged with the case.
/// </summary>
public sealed partial class IntegrationEvents(IEnumerable<IOutboxConnector> connectors, SqliteOutbox outbox, OutboxWorker worker, ILogger<IntegrationEvents> logger)
{
    public async Task OpenedAsync(HandoffCase handoff, bool urgent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        var requests = new List<OutboxRequest>();
        foreach (var connector in connectors.Where(c => c.Enabled))
        {
            try
            {
                requests.AddRange(await connector.OnOpenedAsync(handoff, urgent, cancellationToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogNotRecorded(logger, ex, connector.Name, handoff.HandoffId);
            }
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

    /// <summary>
    /// Records one request of a connector that is not about a case's events (a mail of the email channel); a failure is
    /// thrown, so that the caller does not believe it sent.
    /// </summary>
    public async Task RecordAsync(OutboxRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await outbox.EnqueueAsync(request, cancellationToken))
        {
            worker.Nudge();
        }
    }

    private async Task RecordAsync(IEnumerable<OutboxRequest> requests, CancellationToken cancellationToken)
    {
        var recorded = false;
        foreach (var request in requests)
        {
            try
            {
                recorded |= await outbox.EnqueueAsync(request, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogNotRecorded(logger, ex, request.Connector, request.HandoffId);
            }
        }

        if (recorded)
        {
            worker.Nudge();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox: could not record the {Connector} call for {HandoffId}")]
    private static partial void LogNotRecorded(ILogger logger, Exception exception, string connector, string? handoffId);
}
