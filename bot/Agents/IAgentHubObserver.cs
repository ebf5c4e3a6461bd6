using HandoffBot.Handoff;

namespace HandoffBot.Agents;

/// <summary>What the case store tells the rest of the hub (console, assignment, measurements, notifications) as it happens.</summary>
public interface IAgentHubObserver
{
    Task OnOpenedAsync(HandoffCase handoff, CancellationToken cancellationToken);

    Task OnUpdatedAsync(HandoffCase handoff, CancellationToken cancellationToken);

    Task OnCustomerMessageAsync(string handoffId, CaseMessage message, CancellationToken cancellationToken);

    Task OnClosedAsync(string handoffId, string outcome, CancellationToken cancellationToken);
}
