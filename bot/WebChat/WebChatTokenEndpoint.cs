using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using HandoffBot.Adapters.DirectLine;
using Microsoft.Extensions.Options;

namespace HandoffBot.WebChat;

/// <summary>
/// <c>POST /api/webchat/token</c>: the built-in page's way in. Exchanges the server-side site secret for a token of a
/// new conversation (with a fresh <c>dl_</c> user id baked in), so the secret never reaches a browser. Rate-limited
/// per client address, since anyone who can load the page can call it. With an external Direct Line configured
/// (Azure Bot Service), the secret is exchanged there instead and the page talks to that service.
/// </summary>
public static partial class WebChatTokenEndpoint
{
    public const string Path = "/api/webchat/token";

    public static IEndpointRouteBuilder MapWebChatToken(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, IssueAsync);
        return endpoints;
    }

    private static async Task<IResult> IssueAsync(
        HttpContext http,
        DirectLineConversations conversations,
        DirectLineTokens tokens,
        DirectLineSecret secret,
        PerKeyRateLimiter limiter,
        IHttpClientFactory httpClients,
        IOptions<WebChatOptions> options,
        ILoggerFactory loggers)
    {
        var perMinute = options.Value.TokensPerMinute;
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (!limiter.TryAcquire("webchat-token:" + client, perMinute, out var retryAfter))
        {
            var seconds = (int)Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many new conversations",
                detail: $"At most {perMinute} new chats per minute from one address (HandoffBot:WebChat:TokensPerMinute); try again in {seconds} s.");
        }

        var userId = DirectLineConversations.TokenUserPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        if (options.Value.DirectLineEndpoint is { Length: > 0 } external)
        {
            return await IssueExternalAsync(http, external.TrimEnd('/'), userId, secret, httpClients, loggers.CreateLogger(typeof(WebChatTokenEndpoint).FullName!));
        }

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

    private static async Task<IResult> IssueExternalAsync(
        HttpContext http, string endpoint, string userId, DirectLineSecret secret, IHttpClientFactory httpClients, ILogger logger)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint + "/tokens/generate")
        {
            Content = JsonContent.Create(new { user = new { id = userId } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await secret.GetAsync(http.RequestAborted));
        try
        {
            using var client = httpClients.CreateClient(nameof(WebChatTokenEndpoint));
            using var response = await client.SendAsync(request, http.RequestAborted);
            if (response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadFromJsonAsync<JsonElement>(http.RequestAborted);
                return Results.Json(new
                {
                    conversationId = body.GetProperty("conversationId").GetString(),
                    token = body.GetProperty("token").GetString(),
                    expires_in = body.TryGetProperty("expires_in", out var expires) ? expires.GetInt32() : 0,
                    userId,
                    domain = endpoint,
                });
            }

            LogExternalRefused(logger, endpoint, (int)response.StatusCode);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            LogExternalFailed(logger, ex, endpoint);
        }

        return Results.Problem(
            statusCode: StatusCodes.Status502BadGateway,
            title: "Chat unavailable",
            detail: "The Direct Line service did not issue a token (HandoffBot:WebChat:DirectLineEndpoint, HandoffBot:DirectLine:Secret); see the bot's log.");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Direct Line at {Endpoint} refused the token request with {Status}; check HandoffBot:DirectLine:Secret")]
    private static partial void LogExternalRefused(ILogger logger, string endpoint, int status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Direct Line at {Endpoint} could not be asked for a token")]
    private static partial void LogExternalFailed(ILogger logger, Exception exception, string endpoint);
}
