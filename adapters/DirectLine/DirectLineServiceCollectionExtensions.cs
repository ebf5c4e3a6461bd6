using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HandoffBot.Adapters.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// The Direct Line endpoint's services, its options bound from <c>HandoffBot:DirectLine</c> and validated at start.
    /// The host supplies an <see cref="IDirectLineStore"/> and an <c>IBot</c>, and gives the adapter its middleware and
    /// error handler in <paramref name="configureAdapter"/>. Map the routes with <see cref="DirectLineEndpoints.MapDirectLine"/>
    /// (after <c>UseWebSockets</c> and <c>UseCors</c>).
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, Action<DirectLineAdapter, IServiceProvider> configureAdapter)
    {
        ArgumentNullException.ThrowIfNull(configureAdapter);
        services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddCors();
        services.TryAddSingleton<PerKeyRateLimiter>();
        services.TryAddSingleton<DirectLineSecret>();
        services.TryAddSingleton<DirectLineTokens>();
        services.TryAddSingleton<DirectLineAuthorizer>();
        services.TryAddSingleton<DirectLineActivityLog>();
        services.TryAddSingleton<DirectLineConversations>();
        services.TryAddSingleton(sp =>
        {
            var adapter = ActivatorUtilities.CreateInstance<DirectLineAdapter>(sp);
            configureAdapter(adapter, sp);
            return adapter;
        });
        return services;
    }
}
