using Microsoft.Extensions.Options;

namespace HandoffBot.Agents;

/// <summary>Runs <see cref="CaseAssigner"/> whenever something changes, and at least every <see cref="AgentOptions.AssignmentInterval"/> (expiring offers).</summary>
public sealed partial class AssignmentService(
    CaseAssigner assigner, AssignmentTrigger trigger, IOptions<AgentOptions> options, TimeProvider timeProvider, ILogger<AssignmentService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await assigner.RunOnceAsync(stoppingToken);
                await trigger.WaitAsync(options.Value.AssignmentInterval, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A pass that fails (database busy, say) is retried on the next tick; assignment never stops.
                LogPassFailed(logger, ex);
                await trigger.WaitAsync(options.Value.AssignmentInterval, timeProvider, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Assignment pass failed; retrying")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
