using HandoffBot.Agents;

namespace HandoffBot.Integrations;

/// <summary>
/// <c>GET /api/integrations/outbox?status=parked</c> (what the integrations sent, are sending or gave up on; newest
/// first) and <c>POST /api/integrations/outbox/{id}/retry</c> (a parked item, tried again), for supervisors.
/// </summary>
public static class OutboxApi
{
    public const string Prefix = "/api/integrations/outbox";

    private static readonly string[] Statuses = [OutboxStatus.Pending, OutboxStatus.Sending, OutboxStatus.Delivered, OutboxStatus.Parked];

    public static WebApplication MapOutboxApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup(Prefix).WithTags("Integrations").RequireAuthorization(AgentAuthentication.SupervisorPolicy);
        group.MapGet("/", ListAsync);
        group.MapPost("/{id:long}/retry", RetryAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(string? status, int? limit, SqliteOutbox outbox, CancellationToken ct)
    {
        if (status is not null && !Statuses.Contains(status))
        {
            return Results.Problem(detail: $"status must be one of {string.Join(", ", Statuses)}.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (limit is < 1 or > 500)
        {
            return Results.Problem(detail: "limit must be between 1 and 500.", statusCode: StatusCodes.Status400BadRequest);
        }

        return Results.Ok(await outbox.ListAsync(status, limit ?? 100, ct));
    }

    private static async Task<IResult> RetryAsync(long id, SqliteOutbox outbox, OutboxWorker worker, CancellationToken ct)
    {
        if (!await outbox.ReleaseAsync(id, ct))
        {
            return Results.Problem(detail: $"No parked outbox item {id}.", statusCode: StatusCodes.Status404NotFound);
        }

        worker.Nudge();
        return Results.NoContent();
    }
}
