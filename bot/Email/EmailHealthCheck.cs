using HandoffBot.Adapters.Email;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HandoffBot.Email;

/// <summary>The mailbox on <c>/healthz</c>: degraded (not down) while it cannot be read; the bot goes on serving other channels.</summary>
public sealed class EmailHealthCheck(EmailHealth health) : IHealthCheck
{
    public const string Name = "email";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var current = health.Current;
        var data = new Dictionary<string, object> { ["state"] = current.State };
        if (current.LastReadUtc is { } read)
        {
            data["lastReadUtc"] = read;
        }

        return Task.FromResult(current.State == "unreachable"
            ? HealthCheckResult.Degraded($"The mailbox cannot be read: {current.Error}", data: data)
            : HealthCheckResult.Healthy(data: data));
    }
}
