using System.Reflection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HandoffBot.Hosting;

/// <summary><c>GET /healthz</c>: liveness plus a storage round trip, as JSON; 503 when storage is unreachable.</summary>
public static class HealthEndpoint
{
    public const string Path = "/healthz";

    private static readonly string Version =
        typeof(HealthEndpoint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async (HealthCheckService health, CancellationToken cancellationToken) =>
        {
            var report = await health.CheckHealthAsync(cancellationToken);
            var storageReachable = report.Entries.TryGetValue("storage", out var storage) && storage.Status == HealthStatus.Healthy;
            var healthy = report.Status == HealthStatus.Healthy;
            return Results.Json(
                new HealthResponse(healthy ? "healthy" : "unhealthy", storageReachable, Version),
                statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }

    private sealed record HealthResponse(string Status, bool StorageReachable, string Version);
}
