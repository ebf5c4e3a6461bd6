using HandoffBot.Handoff;

namespace HandoffBot.Agents;

/// <summary>Somewhere outside the console that hears about urgent handoffs (Slack today). Called in the background, never in a turn.</summary>
public interface IHandoffNotifier
{
    Task NotifyUrgentAsync(HandoffCase handoff, CancellationToken cancellationToken);
}
