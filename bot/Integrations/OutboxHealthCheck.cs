using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HandoffBot.Integrations;

/// <summary>Reports the outbox on <c>/healthz</c>: items waiting and parked; parked items degrade the bot (someone must look).</summary>
public sealed class OutboxHealthCheck(SqliteOutbox outbox) : IHealthCheck
{
    public const string Name = "outbox";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var counts = await outbox.CountAsync(cancellationToken);
        var pending = counts.GetValueOrDefault(OutboxStatus.Pending) + counts.GetValueOrDefault(OutboxStatus.Sending);
        var parked = counts.GetValueOrDefault(OutboxStatus.Parked);
        var data = new Dictionary<string, object> { ["pending"] = pending, ["parked"] = parked };
        return parked > 0
            ? HealthCheckResult.Degraded($"{parked} integration call(s) parked; see {OutboxApi.Prefix}?status=parked.", data: data)
            : HealthCheckResult.Healthy(data: data);
    }
}
