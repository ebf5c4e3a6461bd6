using HandoffBot.Handoff;
using HandoffBot.Insights;
using HandoffBot.Integrations;
using Microsoft.Extensions.Options;

namespace HandoffBot.Agents;

/// <summary>
/// Turns case-store changes into what people notice: the event log, live consoles, an urgent alert, the Teams desk (in
/// the background), the integrations' outbox (Slack, Teams webhooks), and a nudge to the assignment service. Failures are logged, never thrown into the customer's turn.
/// </summary>
public sealed partial class AgentHubObserver(
    HandoffEventLog events,
    AgentConsole console,
    AssignmentTrigger assignment,
    HandoffNotificationQueue notifications,
    IntegrationEvents integrations,
    IOptions<SlackNotifierOptions> urgency,
    HandoffInstruments instruments,
    ILogger<AgentHubObserver> logger) : IAgentHubObserver
{
    public Task OnOpenedAsync(HandoffCase handoff, CancellationToken cancellationToken) =>
        SafelyAsync(handoff.HandoffId, async () =>
        {
            // Consoles first: they are what the decision-to-console latency measures.
            await console.QueueChangedAsync(new QueueChange("opened", handoff.HandoffId, handoff.CreatedUtc), cancellationToken);
            assignment.Nudge();
            instruments.HandoffOpened(handoff.Triggers.Count > 0 ? handoff.Triggers[0].Name : "none", handoff.Skill);
            await events.RecordAsync(handoff.HandoffId, HandoffEventKind.Created, null, new { handoff.Priority, handoff.Skill, handoff.Reason }, cancellationToken);
            var urgent = handoff.Priority >= urgency.Value.UrgentPriority;
            notifications.Enqueue(handoff, urgent);
            await integrations.OpenedAsync(handoff, urgent, cancellationToken);
            if (urgent)
            {
                await console.UrgentAlertAsync(
                    new UrgentAlert(handoff.HandoffId, handoff.Priority, handoff.Reason, handoff.Skill, $"Urgent {handoff.Skill} handoff: {handoff.Reason}"),
                    supervisorsOnly: false,
                    cancellationToken);
            }
        });

    public Task OnUpdatedAsync(HandoffCase handoff, CancellationToken cancellationToken) =>
        SafelyAsync(handoff.HandoffId, async () =>
        {
            assignment.Nudge();
            await console.QueueChangedAsync("updated", handoff.HandoffId, cancellationToken);
        });

    public Task OnCustomerMessageAsync(string handoffId, CaseMessage message, CancellationToken cancellationToken) =>
        SafelyAsync(handoffId, () => console.MessageAsync(
            new ConsoleMessage(handoffId, message.Seq, message.Sender, message.AgentId, message.Text, message.CreatedUtc), cancellationToken));

    public Task OnClosedAsync(string handoffId, string outcome, CancellationToken cancellationToken) =>
        SafelyAsync(handoffId, async () =>
        {
            assignment.Nudge();
            await console.QueueChangedAsync(outcome, handoffId, cancellationToken);
        });

    private async Task SafelyAsync(string handoffId, Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex, handoffId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Agent hub could not publish a change of handoff {HandoffId}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string handoffId);
}
