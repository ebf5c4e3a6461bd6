using System.Reflection;
using HandoffBot.Email;
using HandoffBot.Integrations;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HandoffBot.Hosting;

/// <summary>
/// <c>GET /healthz</c>: liveness plus a storage round trip (and the mailbox, when email is on, and the integrations'
/// outbox), as JSON; 503 when storage is unreachable.
/// </summary>
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
            // A mailbox that cannot be read degrades the bot (reported, 200); storage that cannot be reached stops it (503).
            var email = report.Entries.TryGetValue(EmailHealthCheck.Name, out var mailbox)
                ? new MailboxHealth((string)mailbox.Data["state"], mailbox.Description)
                : null;
            var outbox = report.Entries.TryGetValue(OutboxHealthCheck.Name, out var integrations) && integrations.Data.Count > 0
                ? new OutboxHealth((int)integrations.Data["pending"], (int)integrations.Data["parked"])
                : null;
            var (status, code) = report.Status switch
            {
                HealthStatus.Healthy => ("healthy", StatusCodes.Status200OK),
                HealthStatus.Degraded => ("degraded", StatusCodes.Status200OK),
                _ => ("unhealthy", StatusCodes.Status503ServiceUnavailable),
            };
            return Results.Json(new HealthResponse(status, storageReachable, Version, email, outbox), statusCode: code);
        });
        return endpoints;
    }

    private sealed record HealthResponse(string Status, bool StorageReachable, string Version, MailboxHealth? Email, OutboxHealth? Outbox);

    /// <summary>Integration calls waiting to be sent, and parked ones a supervisor should look at.</summary>
    private sealed record OutboxHealth(int Pending, int Parked);

    private sealed record MailboxHealth(string State, string? Error);
}
