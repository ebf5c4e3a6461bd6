using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace HandoffBot.Adapters.DirectLine;

/// <summary>
/// <c>/v3/directline/*</c>: the Direct Line 3.0 client API (tokens, conversations, activities with watermarks, the
/// WebSocket stream) that Web Chat and DirectLineJS speak. Errors are Direct Line <c>ErrorResponse</c> bodies.
/// </summary>
public static class DirectLineEndpoints
{
    public const string BasePath = "/v3/directline";

    private const int PageSize = 100;

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Bearer credentials, no cookies: any site may call it, as with Azure's Direct Line (DirectLineJS sends x-ms-bot-agent).
        var group = endpoints.MapGroup(BasePath).RequireCors(policy => policy
            .AllowAnyOrigin()
            .AllowAnyMethod()
            .WithHeaders("authorization", "content-type", "x-ms-bot-agent", "x-requested-with"));
        group.MapPost("/tokens/generate", GenerateTokenAsync);
        group.MapPost("/tokens/refresh", RefreshTokenAsync);
        group.MapPost("/conversations", StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.MapGet("/conversations/{conversationId}/stream", DirectLineStream.AcceptAsync);
        group.MapGet("/session/getsessionid", GetSessionIdAsync);
        return endpoints;
    }

    private static async Task<IResult> GenerateTokenAsync(
        HttpContext http, DirectLineAuthorizer authorizer, DirectLineConversations conversations, DirectLineTokens tokens)
    {
        var ct = http.RequestAborted;
        var (caller, error) = await authorizer.AuthenticateAsync(http.Request, ct);
        if (error is not null)
        {
            return error;
        }

        if (!caller!.IsSecret)
        {
            return DirectLineError.SecretRequired();
        }

        var (body, tooLarge) = await DirectLineRequest.ReadBodyAsync(http.Request, 16 * 1024, ct);
        if (tooLarge || !DirectLineRequest.TryReadUserId(body, out var userId))
        {
            return DirectLineError.BadArgument("The body must be TokenParameters JSON, e.g. {\"user\":{\"id\":\"dl_123\"}}.");
        }

        if (userId is not null && !userId.StartsWith(DirectLineConversations.TokenUserPrefix, StringComparison.Ordinal))
        {
            return DirectLineError.BadArgument($"A user id baked into a token must start with '{DirectLineConversations.TokenUserPrefix}'.");
        }

        var conversation = await conversations.CreateAsync(userId, ct);
        var token = await tokens.IssueAsync(conversation.Id, userId, ct);
        return Results.Json(new { conversationId = conversation.Id, token = token.Value, expires_in = tokens.ExpiresIn(token) });
    }

    private static async Task<IResult> RefreshTokenAsync(HttpContext http, DirectLineAuthorizer authorizer, DirectLineTokens tokens)
    {
        var ct = http.RequestAborted;
        var (caller, error) = await authorizer.AuthenticateAsync(http.Request, ct);
        if (error is not null)
        {
            return error;
        }

        if (caller!.Token is not { } old)
        {
            return DirectLineError.TokenRequired();
        }

        var token = await tokens.IssueAsync(old.ConversationId, old.UserId, ct);
        return Results.Json(new { conversationId = token.ConversationId, token = token.Value, expires_in = tokens.ExpiresIn(token) });
    }

    private static async Task<IResult> StartConversationAsync(
        HttpContext http, DirectLineAuthorizer authorizer, DirectLineConversations conversations, DirectLineTokens tokens, IHostApplicationLifetime lifetime)
    {
        var ct = http.RequestAborted;
        var (caller, error) = await authorizer.AuthenticateAsync(http.Request, ct);
        if (error is not null)
        {
            return error;
        }

        var (body, tooLarge) = await DirectLineRequest.ReadBodyAsync(http.Request, 16 * 1024, ct);
        if (tooLarge || !DirectLineRequest.TryReadUserId(body, out var startUserId))
        {
            return DirectLineError.BadArgument("The body must be TokenParameters JSON, e.g. {\"user\":{\"id\":\"u1\"}}.");
        }

        DirectLineConversation? conversation;
        DirectLineToken token;
        if (caller!.IsSecret)
        {
            conversation = await conversations.CreateAsync(null, ct);
            token = await tokens.IssueAsync(conversation.Id, null, ct);
        }
        else
        {
            token = caller.Token!;
            conversation = await conversations.FindAsync(token.ConversationId, ct);
            if (conversation is null)
            {
                return DirectLineError.ConversationNotFound();
            }
        }

        // The bot's turn must finish even when the client gives up waiting; only shutting down stops it.
        var started = await conversations.StartAsync(conversation, startUserId, DirectLineRequest.ServiceUrl(http.Request), lifetime.ApplicationStopping);
        var response = new
        {
            conversationId = conversation.Id,
            token = token.Value,
            expires_in = tokens.ExpiresIn(token),
            streamUrl = DirectLineRequest.StreamUrl(http.Request, conversation.Id, token.Value, null),
        };
        return started ? Results.Json(response, statusCode: StatusCodes.Status201Created) : Results.Json(response);
    }

    private static async Task<IResult> ReconnectAsync(
        HttpContext http, string conversationId, string? watermark, DirectLineAuthorizer authorizer, DirectLineConversations conversations, DirectLineTokens tokens)
    {
        var ct = http.RequestAborted;
        var (caller, error) = await AuthorizeAsync(http, conversationId, authorizer, conversations);
        if (error is not null)
        {
            return error;
        }

        if (!DirectLineRequest.TryParseWatermark(watermark, out _))
        {
            return DirectLineError.BadArgument("The watermark must be one a previous response gave.");
        }

        var token = caller!.Token ?? await tokens.IssueAsync(conversationId, null, ct);
        return Results.Json(new
        {
            conversationId,
            token = token.Value,
            expires_in = tokens.ExpiresIn(token),
            streamUrl = DirectLineRequest.StreamUrl(http.Request, conversationId, token.Value, watermark),
        });
    }

    private static async Task<IResult> PostActivityAsync(
        HttpContext http,
        string conversationId,
        DirectLineAuthorizer authorizer,
        DirectLineConversations conversations,
        PerKeyRateLimiter limiter,
        IOptions<DirectLineOptions> options,
        IHostApplicationLifetime lifetime)
    {
        var ct = http.RequestAborted;
        var (_, error) = await AuthorizeAsync(http, conversationId, authorizer, conversations);
        if (error is not null)
        {
            return error;
        }

        var limits = options.Value;
        var (body, tooLarge) = await DirectLineRequest.ReadBodyAsync(http.Request, limits.MaxActivityBytes, ct);
        if (tooLarge)
        {
            return DirectLineError.TooLarge(limits.MaxActivityBytes);
        }

        if (!limiter.TryAcquire("directline:" + conversationId, limits.ActivitiesPerMinute, out var retryAfter))
        {
            return DirectLineError.TooManyRequests(http, retryAfter, limits.ActivitiesPerMinute);
        }

        Activity? activity;
        try
        {
            activity = DirectLineJson.DeserializeActivity(body!);
        }
        catch (JsonException)
        {
            return DirectLineError.BadArgument("The body is not valid activity JSON.");
        }

        var conversation = (await conversations.FindAsync(conversationId, ct))!;
        if (activity is null || !IsClientType(activity.Type))
        {
            return DirectLineError.BadArgument("An activity needs a type: message, event, typing or endOfConversation.");
        }

        if (conversation.UserId is null && string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return DirectLineError.BadArgument("An activity needs from.id (or a token with the user id baked in).");
        }

        try
        {
            var id = await conversations.PostAsync(conversation, activity, DirectLineRequest.ServiceUrl(http.Request), lifetime.ApplicationStopping);
            return Results.Json(new { id });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Logged by the bot's turn error handler; the activity itself is already in the conversation's log.
            return DirectLineError.BotRejected();
        }
    }

    private static async Task<IResult> GetActivitiesAsync(
        HttpContext http, string conversationId, string? watermark, DirectLineAuthorizer authorizer, DirectLineConversations conversations, DirectLineActivityLog log)
    {
        var (_, error) = await AuthorizeAsync(http, conversationId, authorizer, conversations);
        if (error is not null)
        {
            return error;
        }

        if (!DirectLineRequest.TryParseWatermark(watermark, out var after))
        {
            return DirectLineError.BadArgument("The watermark must be one a previous response gave.");
        }

        var entries = await log.ReadAsync(conversationId, after, PageSize, http.RequestAborted);
        var last = entries.Count == 0 ? after : entries[^1].Sequence!.Value;
        return ActivitySet(entries, DirectLineActivityLog.Watermark(last));
    }

    private static async Task<IResult> GetSessionIdAsync(HttpContext http, DirectLineAuthorizer authorizer)
    {
        var (_, error) = await authorizer.AuthenticateAsync(http.Request, http.RequestAborted);
        return error ?? Results.Json(new { sessionId = Guid.NewGuid().ToString("n") });
    }

    /// <summary>An <c>ActivitySet</c> as Direct Line writes it (Newtonsoft, so activities keep their Bot Framework shape).</summary>
    internal static IResult ActivitySet(IEnumerable<DirectLineEntry> entries, string? watermark) =>
        Results.Content(ActivitySetJson(entries, watermark), "application/json");

    internal static string ActivitySetJson(IEnumerable<DirectLineEntry> entries, string? watermark) =>
        DirectLineJson.Serialize(new { activities = entries.Select(e => e.Activity).ToList(), watermark });

    private static async Task<(DirectLineCaller? Caller, IResult? Error)> AuthorizeAsync(
        HttpContext http, string conversationId, DirectLineAuthorizer authorizer, DirectLineConversations conversations)
    {
        var (caller, error) = await authorizer.AuthenticateAsync(http.Request, http.RequestAborted);
        if (error is not null)
        {
            return (null, error);
        }

        if (!caller!.MayUse(conversationId))
        {
            return (null, DirectLineError.WrongConversation());
        }

        return await conversations.FindAsync(conversationId, http.RequestAborted) is null
            ? (null, DirectLineError.ConversationNotFound())
            : (caller, null);
    }

    private static bool IsClientType(string? type) =>
        type is ActivityTypes.Message or ActivityTypes.Event or ActivityTypes.Typing or ActivityTypes.EndOfConversation;
}
