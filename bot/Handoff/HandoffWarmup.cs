namespace HandoffBot.Handoff;

/// <summary>
/// Loads the sentence encoder and embeds the rulebook's examples right after start, in the background, so that the
/// first customer does not wait for it (and a start is not held up by it either). The Recognizers.Text models (dates,
/// emails, phone numbers) build their expressions on first use too, for the first handoff and follow-up.
/// </summary>
public sealed partial class HandoffWarmup(HandoffDetector detector, KeyEntityExtractor entities, ILogger<HandoffWarmup> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        () =>
        {
            try
            {
                detector.Detect("hello");
                entities.Extract(["call me tomorrow after 3pm on +1 212 555 0147 or at jo@example.com about the $20 charge"]);
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
