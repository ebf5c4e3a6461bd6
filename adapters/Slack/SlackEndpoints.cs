using System.Text;
using HandoffBot.Adapters.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace HandoffBot.Adapters.Slack;

/// <summary>
/// The Slack app's request URLs: <c>POST /api/slack/events</c> (Events API) and <c>POST /api/slack/interactions</c>
/// (button presses). Every request is verified against the signing secret before anything else; Slack gets its 200 at
/// once and the turn runs in <see cref="SlackTurnQueue"/>.
/// </summary>
public static class SlackEndpoints
{
    public const string BasePath = "/api/slack";

    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(BasePath);
        group.MapPost("/events", EventsAsync);
        group.MapPost("/interactions", InteractionsAsync);
        return endpoints;
    }

    private static async Task<IResult> EventsAsync(HttpContext http, IOptions<SlackOptions> options, SlackSignature signature, ISlackInbox inbox, SlackTurnQueue queue)
    {
        var (body, error) = await ReadSignedAsync(http, options.Value, signature);
        return error ?? await AcceptAsync(SlackEventReader.Read(body!, options.Value.ApiBaseUrl), inbox, queue, http.RequestAborted);
    }

    private static async Task<IResult> InteractionsAsync(HttpContext http, IOptions<SlackOptions> options, SlackSignature signature, ISlackInbox inbox, SlackTurnQueue queue)
    {
        var (body, error) = await ReadSignedAsync(http, options.Value, signature);
        if (error is not null)
        {
            return error;
        }

        var form = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body!));
        var inbound = SlackInteractionReader.Read(form.TryGetValue("payload", out var payload) ? payload.ToString() : null, options.Value.ApiBaseUrl);
        return await AcceptAsync(inbound, inbox, queue, http.RequestAborted);
    }

    private static async Task<(byte[]? Body, IResult? Error)> ReadSignedAsync(HttpContext http, SlackOptions options, SlackSignature signature)
    {
        var (body, tooLarge) = await RequestBody.ReadAsync(http.Request, options.MaxRequestBytes, http.RequestAborted);
        if (tooLarge)
        {
            return (null, Error(StatusCodes.Status413PayloadTooLarge, "request_too_large", $"A request may be at most {options.MaxRequestBytes} bytes ({SlackOptions.SectionName}:MaxRequestBytes)."));
        }

        var headers = http.Request.Headers;
        var refused = signature.Verify(headers[SlackSignature.TimestampHeader], headers[SlackSignature.SignatureHeader], body!);
        return refused is null ? (body, null) : (null, Error(StatusCodes.Status401Unauthorized, "invalid_signature", refused));
    }

    private static async Task<IResult> AcceptAsync(SlackInbound inbound, ISlackInbox inbox, SlackTurnQueue queue, CancellationToken cancellationToken)
    {
        switch (inbound)
        {
            case SlackInbound.Challenge challenge:
                return Results.Json(new { challenge = challenge.Value });
            case SlackInbound.Invalid invalid:
                return Error(StatusCodes.Status400BadRequest, "invalid_request", invalid.Message);
            case SlackInbound.Turn turn:
                var conversationId = turn.Activity.Conversation.Id;
                if (turn.InThreadOnly && !await inbox.HasThreadAsync(conversationId, cancellationToken))
                {
                    return Results.Ok();
                }

                // Kept before Slack hears it arrived: a stop after the 200 runs the turn at the next start.
                if (!await inbox.TryAcceptAsync(turn.EventId, turn.Activity, cancellationToken))
                {
                    // A retry of an event already taken: Slack only needs to hear it arrived.
                    return Results.Ok();
                }

                if (turn.StartsThread)
                {
                    await inbox.AddThreadAsync(conversationId, cancellationToken);
                }

                if (!queue.TryEnqueue(turn.EventId, turn.Activity))
                {
                    await inbox.ReleaseAsync(turn.EventId, cancellationToken);
                    return Error(StatusCodes.Status503ServiceUnavailable, "busy", "Too many messages are waiting; Slack will retry this one.");
                }

                return Results.Ok();
            default:
                return Results.Ok();
        }
    }

    private static IResult Error(int status, string code, string message) => Results.Json(new { ok = false, error = code, message }, statusCode: status);
}
