using HandoffBot.Adapters.DirectLine;
using HandoffBot.Csat;
using HandoffBot.Handoff;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using HandoffBot.Hosting;

namespace HandoffBot.Agents;

/// <summary>Registers and maps the agent hub: accounts, queue and assignment, relay, console API and real-time hub, measurements, notifiers.</summary>
public static class AgentServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddAgents(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var contentRoot = builder.Environment.ContentRootPath;
        services.AddOptions<AgentOptions>()
            .BindConfiguration(AgentOptions.SectionName)
            .PostConfigure(options => options.SeedPath = AppRelativePath.Resolve(options.SeedPath, contentRoot))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<SignInOptions>().BindConfiguration(SignInOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<PerKeyRateLimiter>();
        services.TryAddSingleton<SqliteSignInRecords>();
        services.TryAddSingleton<SignInGuard>();
        services.AddOptions<AssignmentOptions>().BindConfiguration(AssignmentOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SlackNotifierOptions>().BindConfiguration(SlackNotifierOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackNotifierOptions>, SlackNotifierOptionsValidator>());

        services.TryAddSingleton<SqliteAgentDirectory>();
        // The hub's availability replaces any placeholder registered before it.
        services.AddSingleton<IAgentAvailability>(sp => sp.GetRequiredService<SqliteAgentDirectory>());
        services.TryAddSingleton<HandoffEventLog>();
        services.AddSingleton<ICsatRecorder, HandoffEventCsatRecorder>();
        services.TryAddSingleton<AgentConsole>();
        services.TryAddSingleton<AssignmentTrigger>();
        services.TryAddSingleton<AgentConnections>();
        services.TryAddSingleton<HandoffNotificationQueue>();
        services.TryAddSingleton<IAgentHubObserver, AgentHubObserver>();
        services.TryAddSingleton<CloudAdapterChannelSender>();
        services.TryAddSingleton<ChannelSenders>();
        services.TryAddSingleton<AgentRelay>();
        services.TryAddSingleton<CaseAssigner>();
        services.TryAddSingleton<CaseDesk>();
        services.TryAddSingleton<CaseViewReader>();
        services.TryAddSingleton<HandoffMetricsCalculator>();
        services.AddHostedService<AgentSeeder>();
        services.AddHostedService<AssignmentService>();
        services.AddHostedService<HandoffNotificationDispatcher>();
        services.AddSignalR();
        services.AddOpenApi();
        return builder;
    }

    /// <summary>The console's REST API, its real-time hub and the OpenAPI document (<c>/openapi/v1.json</c>).</summary>
    public static WebApplication MapAgents(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSameOriginGuard();
        app.MapAgentApi();
        app.MapHub<AgentConsoleHub>(AgentConsoleHub.Path);
        app.MapOpenApi();
        return app;
    }
}
