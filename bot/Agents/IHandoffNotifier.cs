using HandoffBot.Handoff;

namespace HandoffBot.Agents;

/// <summary>
/// Somewhere outside the console that hears about new handoffs (Slack for urgent ones, the Teams agent desk for all).
/// Called in the background, never in a turn; <c>urgent</c> when the case is at or above the urgent priority.
/// </summary>
public interface IHandoffNotifier
{
    Task NotifyOpenedAsync(HandoffCase handoff, bool urgent, CancellationToken cancellationToken);
}
