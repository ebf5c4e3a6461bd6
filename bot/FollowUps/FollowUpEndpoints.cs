using System.Security.Claims;
using HandoffBot.Agents;

namespace HandoffBot.FollowUps;

/// <summary>The agents' REST API for follow-up tickets: list, read, close. Signed-in agents only.</summary>
public static class FollowUpEndpoints
{
    public const string Route = "/api/agent/followups";

    public static WebApplication MapFollowUps(this WebApplication app)
    {
        var group = app.MapGroup(Route).RequireAuthorization(AgentAuthentication.Policy);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id}", GetAsync);
        group.MapPost("/{id}/close", CloseAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(string? status, SqliteFollowUpStore store, CancellationToken cancellationToken)
    {
        if (status is not (null or FollowUpTicket.Open or FollowUpTicket.Closed))
        {
            return Results.Problem(
                title: "Unknown status", detail: $"status must be \"{FollowUpTicket.Open}\" or \"{FollowUpTicket.Closed}\", not \"{status}\".", statusCode: StatusCodes.Status400BadRequest);
        }

        return Results.Ok(await store.ListAsync(status, cancellationToken));
    }

    private static async Task<IResult> GetAsync(string id, SqliteFollowUpStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } ticket ? Results.Ok(ticket) : NotFound(id);

    private static async Task<IResult> CloseAsync(string id, ClaimsPrincipal agent, SqliteFollowUpStore store, CancellationToken cancellationToken)
    {
        var closedBy = agent.FindFirstValue(ClaimTypes.NameIdentifier) ?? agent.Identity?.Name ?? "agent";
        return await store.CloseAsync(id, closedBy, cancellationToken) is { } ticket ? Results.Ok(ticket) : NotFound(id);
    }

    private static IResult NotFound(string id) =>
        Results.Problem(title: "No such follow-up", detail: $"There is no follow-up ticket \"{id}\".", statusCode: StatusCodes.Status404NotFound);
}
