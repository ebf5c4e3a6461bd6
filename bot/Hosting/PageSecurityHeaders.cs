using HandoffBot.WebChat;
using Microsoft.Extensions.Options;

namespace HandoffBot.Hosting;

/// <summary>
/// Browser protections on every response: a Content-Security-Policy (scripts only from the bot, no inline script, no
/// eval; styles inline too, which Web Chat and Adaptive Cards need), nosniff and a Referrer-Policy. The agent console
/// and the lead's dashboard may never be framed; the chat page may be framed by the sites in <c>HandoffBot:WebChat:AllowedEmbedOrigins</c>
/// (any site when empty, as the embed script needs by default).
/// </summary>
public static class PageSecurityHeaders
{
    public static WebApplication UsePageSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var webChat = app.Services.GetRequiredService<IOptions<WebChatOptions>>().Value;
        var embedders = webChat.AllowedEmbedOrigins.Count > 0 ? "'self' " + string.Join(' ', webChat.AllowedEmbedOrigins.Select(o => o.TrimEnd('/'))) : "*";
        var connect = "'self'";
        if (Uri.TryCreate(webChat.DirectLineEndpoint, UriKind.Absolute, out var directLine))
        {
            // An external Direct Line: its REST calls and its WebSocket stream.
            var host = directLine.GetLeftPart(UriPartial.Authority);
            connect += $" {host} {(directLine.Scheme == Uri.UriSchemeHttps ? "wss" : "ws")}://{directLine.Authority}";
        }

        var chat = Policy(connect, embedders);
        var console = Policy("'self'", "'none'");
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            if (context.Request.Path.StartsWithSegments("/agent", StringComparison.OrdinalIgnoreCase)
                || context.Request.Path.StartsWithSegments("/dashboard", StringComparison.OrdinalIgnoreCase))
            {
                headers.ContentSecurityPolicy = console;
                headers.XFrameOptions = "DENY";
            }
            else
            {
                headers.ContentSecurityPolicy = chat;
            }

            return next(context);
        });
        return app;
    }

    private static string Policy(string connect, string frameAncestors) =>
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; " +
        $"font-src 'self' data:; media-src 'self' blob:; connect-src {connect}; object-src 'none'; base-uri 'none'; " +
        $"form-action 'self'; frame-ancestors {frameAncestors}";
}
