using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HandoffBot.Adapters.DirectLine;

/// <summary>
/// The conversation's WebSocket (<c>streamUrl</c>): first every stored activity after the watermark in the URL (all
/// of them without one, so a reloaded page gets its history), then each new one as it is logged, as <c>ActivitySet</c>
/// frames. Client frames (DirectLineJS pings with empty ones) are ignored. One stream per conversation: a newer one
/// closes the older with reason <c>collision</c>.
/// </summary>
public static partial class DirectLineStream
{
    internal static async Task<IResult> AcceptAsync(
        HttpContext http,
        string conversationId,
        string? t,
        string? watermark,
        DirectLineAuthorizer authorizer,
        DirectLineConversations conversations,
        DirectLineActivityLog log,
        IHostApplicationLifetime lifetime,
        ILoggerFactory loggers)
    {
        var (caller, error) = await authorizer.AuthenticateAsync(t ?? string.Empty, http.RequestAborted);
        if (error is not null)
        {
            return error;
        }

        if (!caller!.MayUse(conversationId))
        {
            return DirectLineError.WrongConversation();
        }

        if (await conversations.FindAsync(conversationId, http.RequestAborted) is null)
        {
            return DirectLineError.ConversationNotFound();
        }

        if (!DirectLineRequest.TryParseWatermark(watermark, out var after))
        {
            return DirectLineError.BadArgument("The watermark must be one a previous response gave.");
        }

        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineError.BadArgument("Open the stream URL as a WebSocket.");
        }

        using var subscription = await log.SubscribeAsync(conversationId, after, http.RequestAborted);
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var logger = loggers.CreateLogger(typeof(DirectLineStream).FullName!);
        var receiving = ReceiveUntilClosedAsync(socket, closed);
        try
        {
            long last = after;
            if (subscription.History.Count > 0)
            {
                last = subscription.History[^1].Sequence!.Value;
                await SendAsync(socket, subscription.History, DirectLineActivityLog.Watermark(last), closed.Token);
            }

            await foreach (var entry in subscription.Live.ReadAllAsync(closed.Token))
            {
                if (entry.Sequence is { } sequence)
                {
                    if (sequence <= last)
                    {
                        continue;
                    }

                    last = sequence;
                }

                // Typing is never stored and has no watermark; the client then keeps the one it has.
                await SendAsync(socket, [entry], entry.Sequence is null ? null : DirectLineActivityLog.Watermark(last), closed.Token);
            }

            if (subscription.Collided)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.PolicyViolation, "collision", CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client went away or the host is stopping; DirectLineJS reconnects from its watermark.
        }

        await CloseAsync(socket, lifetime.ApplicationStopping.IsCancellationRequested, logger);
        try
        {
            // Let the client answer the close (and so read its reason) before the connection goes away.
            await receiving.WaitAsync(TimeSpan.FromSeconds(5), lifetime.ApplicationStopping);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            await closed.CancelAsync();
            await receiving;
        }

        return Results.Empty;
    }

    private static async Task SendAsync(WebSocket socket, IEnumerable<DirectLineEntry> entries, string? watermark, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(DirectLineEndpoints.ActivitySetJson(entries, watermark));
        await socket.SendAsync(bytes, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
    }

    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[4096];
        try
        {
            while (!closed.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, closed.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closed either way.
        }

        await closed.CancelAsync().ConfigureAwait(false);
    }

    private static async Task CloseAsync(WebSocket socket, bool stopping, ILogger logger)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await socket.CloseOutputAsync(
                stopping ? WebSocketCloseStatus.EndpointUnavailable : WebSocketCloseStatus.NormalClosure,
                stopping ? "shutting down" : null,
                timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            LogCloseFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line: a stream could not be closed cleanly")]
    private static partial void LogCloseFailed(ILogger logger, Exception exception);
}
