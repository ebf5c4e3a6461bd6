using HandoffBot.Agents;

namespace HandoffBot.Insights;

/// <summary>
/// Queue depth and the oldest wait per skill, as observable gauges. A scrape must not wait on the database, so the
/// numbers come from a snapshot of the open cases, refreshed every few seconds in the background.
/// </summary>
public sealed partial class QueueGauges : BackgroundService
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(5);

    private readonly IServiceProvider _services;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<QueueGauges> _logger;
    private volatile IReadOnlyList<QueueNow> _snapshot = [];

    public QueueGauges(HandoffInstruments instruments, IServiceProvider services, TimeProvider timeProvider, ILogger<QueueGauges> logger)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        _services = services;
        _timeProvider = timeProvider;
        _logger = logger;
        instruments.Meter.CreateObservableGauge(
            "handoffbot.queue.depth",
            () => _snapshot.Select(s => new System.Diagnostics.Metrics.Measurement<int>(s.Waiting, new KeyValuePair<string, object?>("skill", s.Skill))),
            "{case}",
            "Open cases nobody has accepted yet, by skill.");
        instruments.Meter.CreateObservableGauge(
            "handoffbot.queue.oldest_wait",
            () => _snapshot.Select(s => new System.Diagnostics.Metrics.Measurement<double>(s.OldestWaitSeconds, new KeyValuePair<string, object?>("skill", s.Skill))),
            "s",
            "How long the longest-waiting unaccepted case of a skill has waited.");
    }

    /// <summary>Reads the queue now (the background loop does this every few seconds).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        // Resolved here: the case store is built after the instruments it reports through.
        var open = await _services.GetRequiredService<SqliteAgentHub>().ListOpenAsync(cancellationToken);
        _snapshot = QueueNow.Of(open, _timeProvider.GetUtcNow());
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Refresh, _timeProvider);
        do
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(_logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The queue gauges could not read the queue")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
