using Microsoft.Extensions.Options;

namespace HandoffBot.Integrations;

/// <summary>
/// Sends what the outbox holds, one item at a time in order, through its connector: delivered items are marked, the
/// ones worth retrying wait (the vendor's Retry-After, else an exponential backoff) in the table, so a restart loses no
/// retry; refused ones and ones out of attempts are parked for a supervisor. A slow or failing vendor never blocks a turn.
/// </summary>
public sealed partial class OutboxWorker(
    SqliteOutbox outbox, IEnumerable<IOutboxConnector> connectors, IOptions<OutboxOptions> options, TimeProvider timeProvider, ILogger<OutboxWorker> logger)
    : BackgroundService
{
    private const int Batch = 20;

    // Re-reads the table at least this often, so that another process's items are not left waiting for a nudge.
    private static readonly TimeSpan IdleCheck = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _nudge = new(0, 1);
    private readonly Dictionary<string, IOutboxConnector> _connectors = connectors.ToDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>Something was recorded: look now rather than at the next due time.</summary>
    public void Nudge()
    {
        if (_nudge.CurrentCount == 0)
        {
            try
            {
                _nudge.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already nudged.
            }
        }
    }

    public override void Dispose()
    {
        _nudge.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<OutboxItem> due;
            try
            {
                due = await outbox.ClaimDueAsync(options.Value.Lease, Batch, stoppingToken);
                foreach (var item in due)
                {
                    await DeliverAsync(item, stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogWorkerFailed(logger, ex);
                due = [];
            }

            if (due.Count == Batch)
            {
                continue;
            }

            try
            {
                await WaitAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogWorkerFailed(logger, ex);
                await Task.Delay(IdleCheck, timeProvider, stoppingToken);
            }
        }
    }

    private async Task WaitAsync(CancellationToken stoppingToken)
    {
        var now = timeProvider.GetUtcNow();
        var next = await outbox.NextDueAsync(stoppingToken);
        var wait = next is { } at ? at - now : IdleCheck;
        if (wait <= TimeSpan.Zero)
        {
            return;
        }

        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var nudged = _nudge.WaitAsync(waiting.Token);
        var timer = Task.Delay(wait < IdleCheck ? wait : IdleCheck, timeProvider, waiting.Token);
        await Task.WhenAny(nudged, timer);
        await waiting.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }

    private async Task DeliverAsync(OutboxItem item, CancellationToken stoppingToken)
    {
        OutboxDelivery result;
        if (!_connectors.TryGetValue(item.Connector, out var connector) || !connector.Enabled)
        {
            result = OutboxDelivery.Refused($"The {item.Connector} connector is not configured.");
        }
        else
        {
            try
            {
                result = await connector.DeliverAsync(item, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                result = OutboxDelivery.Retry($"{ex.GetType().Name}: {ex.Message}");
            }
        }

        switch (result.Outcome)
        {
            case OutboxOutcome.Delivered:
                await outbox.DeliveredAsync(item.Id, stoppingToken);
                LogDelivered(logger, item.Connector, item.Operation, item.HandoffId, item.Attempts);
                break;
            case OutboxOutcome.Retry when item.Attempts < options.Value.MaxAttempts:
                var at = timeProvider.GetUtcNow() + (result.RetryAfter ?? options.Value.RetryDelay(item.Attempts));
                await outbox.RetryLaterAsync(item.Id, at, result.Error ?? "failed", stoppingToken);
                LogRetrying(logger, item.Connector, item.Operation, item.HandoffId, item.Attempts, at, result.Error);
                break;
            default:
                var error = result.Outcome == OutboxOutcome.Retry ? $"Gave up after {item.Attempts} attempts; last: {result.Error}" : result.Error ?? "refused";
                await outbox.ParkAsync(item.Id, error, stoppingToken);
                LogParked(logger, item.Connector, item.Operation, item.HandoffId, error);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: {Connector} {Operation} for {HandoffId} delivered (attempt {Attempt})")]
    private static partial void LogDelivered(ILogger logger, string connector, string operation, string? handoffId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox: {Connector} {Operation} for {HandoffId} failed (attempt {Attempt}), retrying at {RetryAt}: {Error}")]
    private static partial void LogRetrying(ILogger logger, string connector, string operation, string? handoffId, int attempt, DateTimeOffset retryAt, string? error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox: {Connector} {Operation} for {HandoffId} parked: {Error}")]
    private static partial void LogParked(ILogger logger, string connector, string operation, string? handoffId, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox worker failed; trying again")]
    private static partial void LogWorkerFailed(ILogger logger, Exception exception);
}
