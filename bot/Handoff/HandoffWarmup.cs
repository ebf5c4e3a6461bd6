namespace HandoffBot.Handoff;

/// <summary>
/// Loads the sentence encoder and embeds the rulebook's examples right after start, in the background, so that the
/// first customer does not wait for it (and a start is not held up by it either).
/// </summary>
public sealed partial class HandoffWarmup(HandoffDetector detector, ILogger<HandoffWarmup> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        () =>
        {
            try
            {
                detector.Detect("hello");
            }
            catch (Exception ex)
            {
                LogWarmupFailed(logger, ex);
            }
        },
        stoppingToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming up handoff detection failed; the first message will retry it")]
    private static partial void LogWarmupFailed(ILogger logger, Exception exception);
}
