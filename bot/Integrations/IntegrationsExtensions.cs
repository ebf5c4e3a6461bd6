using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HandoffBot.Integrations;

/// <summary>Registers the outbox, its worker and the connectors (each off until its keys are set), and maps the supervisors' outbox API.</summary>
public static class IntegrationsExtensions
{
    public static IHostApplicationBuilder AddIntegrations(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<IntegrationsOptions>().BindConfiguration(IntegrationsOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IntegrationsOptions>, IntegrationsOptionsValidator>());
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(OutboxHttp.ClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.TryAddSingleton<SqliteOutbox>();
        services.TryAddSingleton<OutboxWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxWorker>());
        services.TryAddSingleton<IntegrationEvents>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxConnector, SlackWebhookConnector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxConnector, TeamsWebhookConnector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxConnector, ZendeskConnector>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxConnector, FreshdeskConnector>());
        services.TryAddSingleton<SqliteIntegrationTickets>();
        services.AddHealthChecks().AddCheck<OutboxHealthCheck>(OutboxHealthCheck.Name);
        return builder;
    }

    public static WebApplication MapIntegrations(this WebApplication app) => app.MapOutboxApi();
}
