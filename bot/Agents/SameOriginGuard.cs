namespace HandoffBot.Agents;

/// <summary>
/// Cross-site request forgery, refused: a request carrying the agent session cookie that changes something (or opens
/// the real-time hub) must come from the console's own origin. Browsers say where a request comes from in
/// <c>Sec-Fetch-Site</c> (and <c>Origin</c>, for older ones); a page on another site is answered 403. Clients that
/// are not browsers send neither and are not affected. This backs up <c>SameSite=Strict</c> on the cookie.
/// </summary>
public static class SameOriginGuard
{
    public static WebApplication UseSameOriginGuard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            var guarded = request.Cookies.ContainsKey(AgentAuthentication.CookieName)
                && (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
                    || request.Path.StartsWithSegments(AgentConsoleHub.Path, StringComparison.OrdinalIgnoreCase));
            if (guarded && CrossSite(request))
            {
                await Results.Problem(
                    statusCode: StatusCodes.Status403Forbidden,
                    title: "Cross-site request",
                    detail: "Requests with the agent session must come from the console's own site.").ExecuteAsync(context);
                return;
            }

            await next(context);
        });
        return app;
    }

    private static bool CrossSite(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is not ("same-origin" or "none");
        }

        // Host and port only: behind a TLS-terminating proxy the request's own scheme may differ from the page's.
        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0
            && (!Uri.TryCreate(origin, UriKind.Absolute, out var from) || !string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }
}
