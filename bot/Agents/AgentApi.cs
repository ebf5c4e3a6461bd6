using System.Security.Claims;
using HandoffBot.Handoff.Rulebook;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace HandoffBot.Agents;

/// <summary>
/// The agent console's REST API under <c>/api/agent</c>: everything the page does. Every route but sign-in requires a
/// signed-in agent (cookie); errors are JSON problems with the status that says what went wrong.
/// </summary>
public static class AgentApi
{
    public const string Prefix = "/api/agent";

    private const int MaxTextLength = 4000;

    public static WebApplication MapAgentApi(this WebApplication app)
    {
        var api = app.MapGroup(Prefix).WithTags("Agent console");
        api.MapPost("/signin", SignInAsync).AllowAnonymous();
        var agent = api.MapGroup(string.Empty).RequireAuthorization(AgentAuthentication.Policy);
        agent.MapPost("/signout", SignOutAsync);
        agent.MapGet("/me", MeAsync);
        agent.MapPut("/presence", PresenceAsync);
        agent.MapGet("/agents", (SqliteAgentDirectory agents, CancellationToken ct) => agents.ListAsync(ct));
        agent.MapGet("/queue", QueueAsync);
        agent.MapGet("/cases/mine", MineAsync);
        agent.MapGet("/cases/{id}", CaseAsync);
        agent.MapPost("/cases/{id}/accept", AcceptAsync);
        agent.MapPost("/cases/{id}/messages", MessageAsync);
        agent.MapPost("/cases/{id}/transfer", TransferAsync);
        agent.MapPost("/cases/{id}/resolve", ResolveAsync);
        agent.MapGet("/metrics", (HandoffMetricsCalculator metrics, DateTimeOffset? since, CancellationToken ct) => metrics.ComputeAsync(since, ct));
        agent.MapGet("/audit", (SqliteSignInRecords records, CancellationToken ct) => records.RecentAuditAsync(200, ct))
            .RequireAuthorization(AgentAuthentication.SupervisorPolicy);
        return app;
    }

    private static async Task<IResult> SignInAsync(
        SignInRequest? request, HttpContext http, SqliteAgentDirectory agents, SignInGuard guard, AssignmentTrigger assignment,
        IOptions<AgentOptions> options, IConfiguration configuration, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request?.AgentId) || string.IsNullOrEmpty(request.Password) || request.AgentId.Length > 200 || request.Password.Length > 1000)
        {
            return Problem(StatusCodes.Status400BadRequest, "Sign-in needs agentId (at most 200 characters) and password (at most 1000).");
        }

        // Demo passwords are documented: they never open a deployment that has real channel credentials.
        var allowDemo = options.Value.DemoSignIn && string.IsNullOrEmpty(configuration["MicrosoftAppId"]);
        var (account, retryAfter) = await guard.SignInAsync(request.AgentId, request.Password, allowDemo, http.Connection.RemoteIpAddress?.ToString(), ct);
        if (retryAfter is { } wait)
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Problem(StatusCodes.Status429TooManyRequests, "Too many sign-in attempts: wait before trying again (see Retry-After).");
        }

        if (account is null)
        {
            return Problem(StatusCodes.Status401Unauthorized, "Unknown agent or wrong password.");
        }

        await http.SignInAsync(AgentAuthentication.Scheme, AgentAuthentication.CreatePrincipal(account.Id, account.DisplayName, account.Role));
        await agents.SetPresenceAsync(account.Id, AgentPresence.Available, ct);
        assignment.Nudge();
        return Results.Ok(await agents.FindAsync(account.Id, ct));
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, ClaimsPrincipal user, SqliteAgentDirectory agents, CancellationToken ct)
    {
        await agents.SetPresenceAsync(AgentId(user), AgentPresence.Offline, ct);
        await http.SignOutAsync(AgentAuthentication.Scheme);
        return Results.NoContent();
    }

    private static async Task<IResult> MeAsync(ClaimsPrincipal user, SqliteAgentDirectory agents, CancellationToken ct) =>
        await agents.FindAsync(AgentId(user), ct) is { } me ? Results.Ok(me) : Problem(StatusCodes.Status401Unauthorized, "This agent no longer exists.");

    private static async Task<IResult> PresenceAsync(PresenceRequest? request, ClaimsPrincipal user, SqliteAgentDirectory agents, AssignmentTrigger assignment, CancellationToken ct)
    {
        if (!AgentPresence.IsValid(request?.Presence))
        {
            return Problem(StatusCodes.Status400BadRequest, "presence must be 'available', 'away' or 'offline'.");
        }

        await agents.SetPresenceAsync(AgentId(user), request!.Presence!, ct);
        assignment.Nudge();
        return Results.Ok(await agents.FindAsync(AgentId(user), ct));
    }

    private static async Task<IResult> MineAsync(ClaimsPrincipal user, CaseViewReader views, CancellationToken ct)
    {
        var me = AgentId(user);
        return Results.Ok((await views.QueueAsync(ct)).Where(c => c.AgentId == me || c.OfferedTo == me).ToList());
    }

    // Only the cases this agent may see: their skills, what they hold or are offered, everything for supervisors.
    private static async Task<IResult> QueueAsync(ClaimsPrincipal user, SqliteAgentDirectory agents, CaseViewReader views, CancellationToken ct)
    {
        if (await agents.FindAsync(AgentId(user), ct) is not { } me)
        {
            return Problem(StatusCodes.Status401Unauthorized, "This agent no longer exists.");
        }

        return Results.Ok((await views.QueueAsync(ct)).Where(c => me.MaySee(c.Skill, c.AgentId, c.OfferedTo)).ToList());
    }

    private static async Task<IResult> CaseAsync(string id, ClaimsPrincipal user, SqliteAgentDirectory agents, CaseViewReader views, CancellationToken ct)
    {
        if (await views.ReadAsync(id, ct) is not { } view)
        {
            return Problem(StatusCodes.Status404NotFound, $"No handoff {id}.");
        }

        return await agents.FindAsync(AgentId(user), ct) is { } me && me.MaySee(view.Case.Skill, view.Case.AgentId, view.Case.OfferedTo)
            ? Results.Ok(view)
            : NotEligible(id);
    }

    private static async Task<IResult> AcceptAsync(string id, ClaimsPrincipal user, SqliteAgentDirectory agents, CaseDesk desk, CaseViewReader views, CancellationToken ct)
    {
        if (await agents.FindAsync(AgentId(user), ct) is not { } me)
        {
            return Problem(StatusCodes.Status401Unauthorized, "This agent no longer exists.");
        }

        return await desk.AcceptAsync(me, id, ct) switch
        {
            DeskOutcome.NotFound => NotFound(id),
            DeskOutcome.Taken => Problem(StatusCodes.Status409Conflict, $"Handoff {id} was already accepted by another agent."),
            DeskOutcome.NotEligible => NotEligible(id),
            var outcome => WithChannel(outcome, await views.ReadAsync(id, ct)),
        };
    }

    private static async Task<IResult> MessageAsync(string id, AgentMessageRequest? request, ClaimsPrincipal user, SqliteAgentDirectory agents, CaseDesk desk, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request?.Text) || request.Text.Length > MaxTextLength)
        {
            return Problem(StatusCodes.Status400BadRequest, $"text is required and at most {MaxTextLength} characters.");
        }

        if (await agents.FindAsync(AgentId(user), ct) is not { } me)
        {
            return Problem(StatusCodes.Status401Unauthorized, "This agent no longer exists.");
        }

        var (outcome, message) = await desk.SendAsync(me, id, request.Text.Trim(), CaseDesk.ViaConsole, ct);
        return outcome switch
        {
            DeskOutcome.NotFound => NotFound(id),
            DeskOutcome.NotHolder => NotHolder(id),
            DeskOutcome.ChannelFailed => Problem(StatusCodes.Status502BadGateway, "The message is kept with the case, but the customer's channel could not be reached."),
            _ => Results.Created($"{Prefix}/cases/{id}", message),
        };
    }

    private static async Task<IResult> TransferAsync(
        string id, TransferRequest? request, ClaimsPrincipal user, SqliteAgentDirectory agents, SqliteAgentHub hub, RulebookProvider rulebooks, CaseDesk desk, CaseViewReader views, CancellationToken ct)
    {
        if (request is null || (string.IsNullOrWhiteSpace(request.Skill) && string.IsNullOrWhiteSpace(request.AgentId)))
        {
            return Problem(StatusCodes.Status400BadRequest, "A transfer needs a skill, an agentId, or both.");
        }

        if (request.Skill is { Length: > 0 } named && rulebooks.Current.FindSkill(named) is null)
        {
            return Problem(StatusCodes.Status400BadRequest, $"Unknown skill '{named}'. Skills: {string.Join(", ", rulebooks.Current.Skills.Select(s => s.Name))}.");
        }

        AgentAccount? to = null;
        if (request.AgentId is { Length: > 0 } target && (to = await agents.FindAsync(target, ct)) is null)
        {
            return Problem(StatusCodes.Status400BadRequest, $"Unknown agent '{target}'.");
        }

        if (await agents.FindAsync(AgentId(user), ct) is not { } me)
        {
            return Problem(StatusCodes.Status401Unauthorized, "This agent no longer exists.");
        }

        if (await hub.GetAsync(id, ct) is not { IsOpen: true } entry)
        {
            return NotFound(id);
        }

        var skill = request.Skill is { Length: > 0 } s ? s : entry.Case.Skill;
        return await desk.TransferAsync(me, id, skill, to, request.Note?.Trim(), CaseDesk.ViaConsole, ct) switch
        {
            DeskOutcome.NotFound => NotFound(id),
            DeskOutcome.NotHolder => NotHolder(id),
            var outcome => WithChannel(outcome, await views.ReadAsync(id, ct)),
        };
    }

    private static async Task<IResult> ResolveAsync(string id, ResolveRequest? request, ClaimsPrincipal user, SqliteAgentDirectory agents, CaseDesk desk, CaseViewReader views, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request?.Disposition) || request.Disposition.Length > 200)
        {
            return Problem(StatusCodes.Status400BadRequest, "disposition is required (at most 200 characters), e.g. 'resolved' or 'refund-issued'.");
        }

        if (await agents.FindAsync(AgentId(user), ct) is not { } me)
        {
            return Problem(StatusCodes.Status401Unauthorized, "This agent no longer exists.");
        }

        return await desk.ResolveAsync(me, id, request.Disposition.Trim(), ct) switch
        {
            DeskOutcome.NotFound => NotFound(id),
            DeskOutcome.NotHolder => NotHolder(id),
            var outcome => WithChannel(outcome, await views.ReadAsync(id, ct)),
        };
    }

    private static IResult WithChannel(DeskOutcome outcome, CaseView? view) => outcome == DeskOutcome.ChannelFailed
        ? Problem(StatusCodes.Status502BadGateway, "Done on the case, but the customer's channel could not be reached.")
        : Results.Ok(view);

    private static string AgentId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;

    private static IResult NotFound(string id) => Problem(StatusCodes.Status404NotFound, $"No open handoff {id}.");

    private static IResult NotEligible(string id) =>
        Problem(StatusCodes.Status403Forbidden, $"Handoff {id} is for a skill you do not have; a supervisor can transfer it to you.");

    private static IResult NotHolder(string id) => Problem(StatusCodes.Status409Conflict, $"You do not hold handoff {id}: accept it first.");

    private static IResult Problem(int status, string detail) => Results.Problem(detail: detail, statusCode: status);
}
