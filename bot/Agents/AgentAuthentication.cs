using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace HandoffBot.Agents;

/// <summary>
/// How agents prove who they are to the console, its REST API and its real-time hub: a cookie issued at sign-in.
/// Every agent-facing endpoint requires <see cref="Policy"/>; supervisor-only ones also <see cref="SupervisorPolicy"/>.
/// </summary>
public static class AgentAuthentication
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public const string CookieName = "handoffbot.agent";

    public const string Policy = "Agent";

    public const string SupervisorPolicy = "Supervisor";

    public const string AgentRole = "agent";

    public const string SupervisorRole = "supervisor";

    public static IHostApplicationBuilder AddAgentAuthentication(this IHostApplicationBuilder builder)
    {
        // Local mode (no channel credentials) runs on http://localhost; anywhere else the cookie never travels unencrypted.
        var local = string.IsNullOrEmpty(builder.Configuration["MicrosoftAppId"]);
        builder.Services.AddAuthentication(Scheme).AddCookie(Scheme, options =>
        {
            options.Cookie.Name = CookieName;

            // Script never reads it; Strict: no other site's page can make a browser send it (the console and its API
            // are one origin, and an agent never arrives at the console by a link that needs them signed in).
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = local ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(12);

            // An API answers with a status code, never with a redirect to a login page.
            options.Events.OnRedirectToLogin = context =>
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            };
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.RequireAuthenticatedUser().RequireRole(AgentRole, SupervisorRole))
            .AddPolicy(SupervisorPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(SupervisorRole));
        return builder;
    }

    /// <summary>The principal a signed-in agent carries: id, display name and role.</summary>
    public static ClaimsPrincipal CreatePrincipal(string agentId, string displayName, string role) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, agentId), new Claim(ClaimTypes.Name, displayName), new Claim(ClaimTypes.Role, role)],
            Scheme));
}
