namespace HandoffBot.Agents;

/// <summary>Hands queued new cases to every <see cref="IHandoffNotifier"/>; one failing notifier is logged and the rest still run.</summary>
public sealed partial class HandoffNotificationDispatcher(
    HandoffNotificationQueue queue, IEnumerable<IHandoffNotifier> notifiers, ILogger<HandoffNotificationDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (handoff, urgent) in queue.ReadAllAsync(stoppingToken))
        {
            foreach (var notifier in notifiers)
            {
                try
                {
                    await notifier.NotifyOpenedAsync(handoff, urgent, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogFailed(logger, ex, notifier.GetType().Name, handoff.HandoffId);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notifier {Notifier} failed for handoff {HandoffId}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string notifier, string handoffId);
}
