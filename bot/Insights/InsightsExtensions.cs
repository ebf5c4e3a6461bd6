using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace HandoffBot.Insights;

/// <summary>
/// Metrics through OpenTelemetry: the bot's own (<see cref="HandoffInstruments"/>, <see cref="QueueGauges"/>), ASP.NET
/// Core's and the .NET runtime's, scraped by Prometheus at <c>/metrics</c> and pushed over OTLP when configured.
/// </summary>
public static class InsightsExtensions
{
    public const string MetricsPath = "/metrics";

    public static IHostApplicationBuilder AddInsights(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<InsightsOptions>().BindConfiguration(InsightsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton<HandoffInstruments>();
        builder.Services.TryAddSingleton<InsightsMiddleware>();
        builder.Services.TryAddSingleton<QueueGauges>();
        builder.Services.TryAddSingleton<HandoffFactsReader>();
        builder.Services.TryAddSingleton<LeadMetricsCalculator>();
        builder.Services.AddHostedService(services => services.GetRequiredService<QueueGauges>());
        var otlp = builder.Configuration[$"{InsightsOptions.SectionName}:{nameof(InsightsOptions.OtlpEndpoint)}"];
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("handoffbot"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(HandoffInstruments.MeterName);
                metrics.AddAspNetCoreInstrumentation();
                metrics.AddRuntimeInstrumentation();
                // No cached scrape: what was just counted shows at once (Prometheus scrapes every few seconds anyway).
                metrics.AddPrometheusExporter(options => options.ScrapeResponseCacheDurationMilliseconds = 0);
                if (Uri.TryCreate(otlp, UriKind.Absolute, out var endpoint))
                {
                    metrics.AddOtlpExporter(options => options.Endpoint = endpoint);
                }
            });
        return builder;
    }

    public static WebApplication MapInsights(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPrometheusScrapingEndpoint(MetricsPath);
        app.MapLeadMetrics();
        return app;
    }
}
