using Microsoft.AspNetCore.SignalR;

namespace HandoffBot.Agents;

/// <summary>
/// Pushes to signed-in consoles over <see cref="AgentConsoleHub"/> (see <see cref="AgentConsoleEvents"/> for the events),
/// and tells the other agent surfaces (<see cref="IDeskFeed"/>) the same queue changes and case messages.
/// </summary>
public sealed class AgentConsole(IHubContext<AgentConsoleHub> hub, IEnumerable<IDeskFeed> feeds, TimeProvider timeProvider)
{
    private readonly IDeskFeed[] _feeds = [.. feeds];

    public Task QueueChangedAsync(string change, string handoffId, CancellationToken cancellationToken) =>
        QueueChangedAsync(new QueueChange(change, handoffId, timeProvider.GetUtcNow()), cancellationToken);

    public Task QueueChangedAsync(QueueChange change, CancellationToken cancellationToken)
    {
        foreach (var feed in _feeds)
        {
            feed.Changed(change);
        }

        return hub.Clients.Group(AgentConsoleHub.AgentsGroup).SendAsync(AgentConsoleEvents.QueueChanged, change, cancellationToken);
    }

    public Task CaseOfferedAsync(string agentId, QueueItem item, CancellationToken cancellationToken) =>
        hub.Clients.Group(AgentConsoleHub.AgentGroup(agentId)).SendAsync(AgentConsoleEvents.CaseOffered, item, cancellationToken);

    public Task MessageAsync(ConsoleMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var feed in _feeds)
        {
            feed.Message(message);
        }

        var name = message.Sender == CaseMessage.Customer ? AgentConsoleEvents.CustomerMessage : AgentConsoleEvents.AgentMessage;
        return hub.Clients.Group(AgentConsoleHub.AgentsGroup).SendAsync(name, message, cancellationToken);
    }

    /// <summary>To every agent (a new urgent case) or to supervisors only (an offer nobody took).</summary>
    public Task UrgentAlertAsync(UrgentAlert alert, bool supervisorsOnly, CancellationToken cancellationToken) =>
        hub.Clients.Group(supervisorsOnly ? AgentConsoleHub.SupervisorsGroup : AgentConsoleHub.AgentsGroup)
            .SendAsync(AgentConsoleEvents.UrgentAlert, alert, cancellationToken);
}
