using HandoffBot.Agents;
using HandoffBot.Handoff.Detection;
using HandoffBot.Handoff.Rulebook;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HandoffBot.Handoff;

/// <summary>Registers the handoff engine: rulebook, detection, the case store it hands to, and the middleware.</summary>
public static class HandoffServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddHandoff(this IHostApplicationBuilder builder)
    {
        builder.AddRulebook();
        builder.AddHandoffDetection();
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<KeyEntityExtractor>();
        services.TryAddSingleton<SqliteAgentHub>();
        services.TryAddSingleton<IAgentHub>(sp => sp.GetRequiredService<SqliteAgentHub>());
        services.TryAddSingleton<HandoffDetector>();
        // Until the agent hub registers its presence-based availability, nobody counts as available.
        services.TryAddSingleton<IAgentAvailability, NobodyAvailable>();
        services.TryAddSingleton<Staffing>();
        services.TryAddSingleton<SqliteDecisionLog>();
        services.TryAddSingleton<HandoffInitiator>();
        services.TryAddSingleton<HandoffMiddleware>();
        services.AddHostedService<HandoffWarmup>();
        return builder;
    }
}
