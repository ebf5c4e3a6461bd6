using HandoffBot.Agents;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HandoffBot.Teams;

/// <summary>
/// Microsoft Teams as a customer channel (activities arrive on /api/messages through Azure Bot Service), and the agent
/// desk: new handoffs posted to the agents' team, per skill, and worked in each case's thread.
/// </summary>
public static class TeamsExtensions
{
    public static IHostApplicationBuilder AddTeamsChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<TeamsMiddleware>();
        builder.Services.AddSingleton<TeamsDesk>();
        builder.Services.AddSingleton<TeamsDeskCards>();
        builder.Services.AddSingleton<TeamsDeskChannel>();
        builder.Services.AddSingleton<SqliteTeamsDeskThreads>();
        builder.Services.AddSingleton<TeamsDeskMirror>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeskFeed, TeamsDeskMirror>(services => services.GetRequiredService<TeamsDeskMirror>()));
        builder.Services.AddHostedService(services => services.GetRequiredService<TeamsDeskMirror>());
        builder.Services.AddOptions<TeamsDeskOptions>().BindConfiguration(TeamsDeskOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TeamsDeskOptions>, TeamsDeskOptionsValidator>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHandoffNotifier, TeamsDeskNotifier>());
        return builder;
    }
}
