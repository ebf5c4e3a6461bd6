using System.Security.Cryptography;
using HandoffBot.Adapters.DirectLine;
using Microsoft.Extensions.Options;

namespace HandoffBot.WebChat;

/// <summary>
/// <c>POST /api/webchat/token</c>: the built-in page's way in. Exchanges the server-side site secret for a token of a
/// new conversation (with a fresh <c>dl_</c> user id baked in), so the secret never reaches a browser. Rate-limited
/// per client address, since anyone who can load the page can call it.
/// </summary>
public static class WebChatTokenEndpoint
{
    public const string Path = "/api/webchat/token";

    public static IEndpointRouteBuilder MapWebChatToken(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, IssueAsync);
        return endpoints;
    }

    private static async Task<IResult> IssueAsync(
        HttpContext http, DirectLineConversations conversations, DirectLineTokens tokens, PerKeyRateLimiter limiter, IOptions<WebChatOptions> options)
    {
        var perMinute = options.Value.TokensPerMinute;
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (!limiter.TryAcquire("webchat-token:" + client, perMinute, out var retryAfter))
        {
            var seconds = (int)Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many new conversations",
                detail: $"At most {perMinute} new chats per minute from one address (HandoffBot:WebChat:TokensPerMinute); try again in {seconds} s.");
        }

        var userId = DirectLineConversations.TokenUserPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var conversation = await conversations.CreateAsync(userId, http.RequestAborted);
        var token = await tokens.IssueAsync(conversation.Id, userId, http.RequestAborted);
        return Results.Json(new
        {
            conversationId = conversation.Id,
            token = token.Value,
            expires_in = tokens.ExpiresIn(token),
            userId,
            domain = $"{http.Request.PathBase}{DirectLineEndpoints.BasePath}",
        });
    }
}
