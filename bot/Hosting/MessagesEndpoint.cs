using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Options;

namespace HandoffBot.Hosting;

/// <summary><c>POST /api/messages</c>: the Bot Framework endpoint used by Azure Bot Service channels and the Emulator.</summary>
public static class MessagesEndpoint
{
    public const string Path = "/api/messages";

    public static IEndpointRouteBuilder MapMessagesEndpoint(this IEndpointRouteBuilder endpoints)
    {
        // CloudAdapter answers: 400 for a body that is not an activity, 401 for failed authentication, 200 otherwise,
        // and the buffered replies for deliveryMode=expectReplies.
        endpoints.MapPost(Path, async (HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot, IOptions<MessagesEndpointOptions> options) =>
        {
            var limit = options.Value.MaxActivityBytes;
            if (http.Request.ContentLength > limit)
            {
                await WriteTooLargeAsync(http, limit);
                return;
            }

            var sizeFeature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (sizeFeature is { IsReadOnly: false })
            {
                sizeFeature.MaxRequestBodySize = limit;
            }

            try
            {
                // The adapter trusts an activity's routing fields: one without them must be refused here, by name.
                http.Request.EnableBuffering(limit);
                if (await ActivityShape.ProblemAsync(http.Request.Body, http.RequestAborted) is { } problem)
                {
                    await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not an activity", detail: problem).ExecuteAsync(http);
                    return;
                }

                http.Request.Body.Position = 0;
                await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted);
            }
            catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge && !http.Response.HasStarted)
            {
                await WriteTooLargeAsync(http, limit);
            }
        });
        return endpoints;
    }

    private static Task WriteTooLargeAsync(HttpContext http, int limit) =>
        Results.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Activity too large",
            detail: $"An activity may be at most {limit} bytes (HandoffBot:Messages:MaxActivityBytes).").ExecuteAsync(http);
}
