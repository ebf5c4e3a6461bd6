using Microsoft.AspNetCore.SignalR;

namespace HandoffBot.Agents;

/// <summary>
/// Pushes to signed-in consoles over <see cref="AgentConsoleHub"/> (see <see cref="AgentConsoleEvents"/> for the events),
/// and tells the other agent surfaces (<see cref="IDeskFeed"/>) the same queue changes and case messages.
/// </summary>
/// <remarks>
/// Customer words and case details reach only the agents who may see the case (<see cref="AgentAccount.MaySee"/>):
/// the case's skill, its holder, whoever it is offered to, and supervisors. Queue changes carry no content and go to all.
/// </remarks>
public sealed class AgentConsole(
    IHubContext<AgentConsoleHub> hub, IEnumerable<IDeskFeed> feeds, SqliteAgentDirectory agents, IServiceProvider services, TimeProvider timeProvider)
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

    public async Task MessageAsync(ConsoleMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var feed in _feeds)
        {
            feed.Message(message);
        }

        // Resolved here, not injected: the case store is what tells this console about its changes.
        if (await services.GetRequiredService<SqliteAgentHub>().GetAsync(message.HandoffId, cancellationToken) is not { } entry)
        {
            return;
        }

        var audience = (await agents.ListAsync(cancellationToken))
            .Where(a => a.MaySee(entry.Case.Skill, entry.AgentId, entry.OfferedTo))
            .Select(a => a.Id)
            .ToList();
        var name = message.Sender == CaseMessage.Customer ? AgentConsoleEvents.CustomerMessage : AgentConsoleEvents.AgentMessage;
        await hub.Clients.Users(audience).SendAsync(name, message, cancellationToken);
    }

    /// <summary>To the agents of the case's skill and supervisors (a new urgent case), or to supervisors only (an offer nobody took).</summary>
    public async Task UrgentAlertAsync(UrgentAlert alert, bool supervisorsOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (supervisorsOnly)
        {
            await hub.Clients.Group(AgentConsoleHub.SupervisorsGroup).SendAsync(AgentConsoleEvents.UrgentAlert, alert, cancellationToken);
            return;
        }

        var audience = (await agents.ListAsync(cancellationToken)).Where(a => a.MaySee(alert.Skill, null, null)).Select(a => a.Id).ToList();
        await hub.Clients.Users(audience).SendAsync(AgentConsoleEvents.UrgentAlert, alert, cancellationToken);
    }
}
