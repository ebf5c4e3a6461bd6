using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HandoffBot.Storage;

/// <summary>Reports whether the state database can be opened and queried (part of <c>/healthz</c>).</summary>
public sealed class StorageHealthCheck : IHealthCheck
{
    private readonly SqliteStorage _storage;

    public StorageHealthCheck(SqliteStorage storage)
    {
        _storage = storage ?? throw new ArgumentNullException(nameof(storage));
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await _storage.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy("SQLite storage is reachable.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception goes to the health check log; the description stays generic for the public endpoint.
            return new HealthCheckResult(context.Registration.FailureStatus, "SQLite storage is not reachable.", ex);
        }
    }
}
