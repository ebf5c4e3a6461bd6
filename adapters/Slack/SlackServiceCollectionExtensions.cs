using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HandoffBot.Adapters.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// The Slack channel's services, its options bound from <c>HandoffBot:Slack</c> and validated at start. The host
    /// supplies an <see cref="ISlackInbox"/> and an <c>IBot</c>, and gives the adapter its middleware and error handler in <paramref name="configureAdapter"/>;
    /// map the routes with <see cref="SlackEndpoints.MapSlack"/> when <see cref="SlackOptions.Enabled"/>.
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, Action<SlackAdapter, IServiceProvider> configureAdapter)
    {
        ArgumentNullException.ThrowIfNull(configureAdapter);
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient<SlackWebApi>();
        services.TryAddSingleton<SlackSignature>();
        services.TryAddSingleton<SlackUsers>();
        services.TryAddSingleton(sp =>
        {
            var adapter = ActivatorUtilities.CreateInstance<SlackAdapter>(sp);
            configureAdapter(adapter, sp);
            return adapter;
        });
        services.TryAddSingleton<SlackTurnQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<SlackTurnQueue>());
        return services;
    }
}
