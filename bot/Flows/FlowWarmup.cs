namespace HandoffBot.Flows;

/// <summary>Embeds the flow examples right after start, in the background, so that the first customer does not wait for it.</summary>
public sealed partial class FlowWarmup(FlowRecognizer recognizer, ILogger<FlowWarmup> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        () =>
        {
            try
            {
                recognizer.Recognize("hello");
            }
            catch (Exception ex)
            {
                LogWarmupFailed(logger, ex);
            }
        },
        stoppingToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming up the flow route failed; the first message will retry it")]
    private static partial void LogWarmupFailed(ILogger logger, Exception exception);
}
