namespace HandoffBot.Teams;

/// <summary>Microsoft Teams as a customer channel: activities arrive on /api/messages through Azure Bot Service.</summary>
public static class TeamsExtensions
{
    public static IHostApplicationBuilder AddTeamsChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<TeamsMiddleware>();
        return builder;
    }
}
