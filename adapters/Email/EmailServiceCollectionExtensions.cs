using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HandoffBot.Adapters.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// The email channel's services, its options bound from <c>HandoffBot:Email</c> and validated at start. The host
    /// supplies an <see cref="IEmailStore"/> and an <c>IBot</c>, and gives the adapter its middleware and error handler
    /// in <paramref name="configureAdapter"/>. The mailbox is read only when <paramref name="enabled"/>.
    /// </summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, bool enabled, Action<EmailAdapter, IServiceProvider> configureAdapter)
    {
        ArgumentNullException.ThrowIfNull(configureAdapter);
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmailOptions>, EmailOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<EmailSender>();
        services.TryAddSingleton<IEmailDelivery>(sp => sp.GetRequiredService<EmailSender>());
        services.TryAddSingleton<EmailThreads>();
        services.TryAddSingleton<EmailHealth>();
        services.TryAddSingleton(sp =>
        {
            var adapter = ActivatorUtilities.CreateInstance<EmailAdapter>(sp);
            configureAdapter(adapter, sp);
            return adapter;
        });
        if (enabled)
        {
            services.AddHostedService<EmailPoller>();
        }

        return services;
    }
}
