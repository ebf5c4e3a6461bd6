using HandoffBot.Agents;
using Microsoft.AspNetCore.Authentication;

namespace HandoffBot.Insights;

/// <summary>
/// The lead's page (<c>/dashboard/</c>, in wwwroot/dashboard) is for supervisors: it is checked before the static
/// files serve it. Someone not signed in is sent to the console's sign-in, which brings them back; an agent gets 403.
/// Its script and styles stay public like the console's: the numbers come only from the supervisors' API.
/// </summary>
public static class DashboardPage
{
    public const string Path = "/dashboard/";

    private static readonly string[] PagePaths = ["/dashboard", "/dashboard/", "/dashboard/index.html"];

    public static WebApplication UseDashboardGate(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? string.Empty;
            if (!PagePaths.Contains(path, StringComparer.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            var signedIn = await context.AuthenticateAsync(AgentAuthentication.Scheme);
            if (signedIn.Principal is not { } user)
            {
                context.Response.Redirect($"{context.Request.PathBase}/agent/?next=dashboard");
            }
            else if (!user.IsInRole(AgentAuthentication.SupervisorRole))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsync("The dashboard is for supervisors.", context.RequestAborted);
            }
            else if (path.Equals("/dashboard", StringComparison.OrdinalIgnoreCase))
            {
                // Its script and styles are relative to the folder.
                context.Response.Redirect($"{context.Request.PathBase}{Path}");
            }
            else
            {
                context.Response.Headers.CacheControl = "no-store";
                await next(context);
            }
        });
        return app;
    }
}
