using HandoffBot.Handoff;

namespace HandoffBot.Integrations;

/// <summary>
/// What happens to cases, turned into outbox items for every configured connector, recorded before anything is sent
/// (a quick insert; the worker sends them afterwards).
/// </summary>
public sealed class IntegrationEvents(IEnumerable<IOutboxConnector> connectors, SqliteOutbox outbox, OutboxWorker worker)
{
    public Task OpenedAsync(HandoffCase handoff, bool urgent, CancellationToken cancellationToken) =>
        RecordAsync(connectors.Where(c => c.Enabled).SelectMany(c => c.OnOpened(handoff, urgent)), cancellationToken);

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
