using Microsoft.Extensions.Options;

namespace HandoffBot.FollowUps;

/// <summary>
/// Every scan interval (on the injected <see cref="TimeProvider"/>), turns the cases of customers silent for the
/// inactivity timeout while waiting into follow-up tickets. The conversation notices on the customer's next message.
/// </summary>
public sealed class InactivityMonitor(
    SqliteWaitingCustomers waiting, CaseFollowUps followUps, IOptions<InactivityOptions> options, TimeProvider timeProvider, ILogger<InactivityMonitor> logger)
    : BackgroundService
{
    /// <summary>Converts every silent customer's case now; returns how many became tickets.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow() - options.Value.InactivityTimeout;
        var converted = 0;
        foreach (var silent in await waiting.SilentSinceAsync(cutoff, cancellationToken))
        {
            if (await followUps.ConvertAsync(silent.ChannelId, silent.ConversationId, silent.HandoffId, FollowUpReasons.Inactive, cancellationToken) is not null)
            {
                converted++;
            }
        }

        return converted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.InactivityScanInterval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await ScanAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // One failed scan (a locked database, say) must not stop the next.
                    logger.LogError(ex, "Inactivity scan failed; retrying in {Interval}", options.Value.InactivityScanInterval);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
