using HandoffBot.Dialogs.Flows;
using HandoffBot.Dialogs.Root;
using HandoffBot.Orders;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using HandoffBot.Hosting;

namespace HandoffBot.Flows;

public static class FlowServiceCollectionExtensions
{
    /// <summary>
    /// The resolve flows (call after <c>AddHandoffStorage</c> and <c>AddHandoff</c>, which bring the database and the
    /// sentence encoder): <see cref="FlowsOptions"/> from <c>HandoffBot:Flows</c> and <see cref="OrdersOptions"/> from
    /// <c>HandoffBot:Orders</c>, validated at start; the seeded order store; the account view over the CRM profile;
    /// and <see cref="FlowRoute"/> as a root route.
    /// </summary>
    public static IHostApplicationBuilder AddFlows(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var contentRoot = builder.Environment.ContentRootPath;

        services.AddOptions<FlowsOptions>()
            .BindConfiguration(FlowsOptions.SectionName)
            .PostConfigure(o => o.AccountsPath = AppRelativePath.Resolve(o.AccountsPath, contentRoot))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FlowsOptions>, FlowsOptionsValidator>());
        services.AddOptions<OrdersOptions>()
            .BindConfiguration(OrdersOptions.SectionName)
            .PostConfigure(o => o.SeedPath = AppRelativePath.Resolve(o.SeedPath, contentRoot))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OrdersOptions>, OrdersOptionsValidator>());

        services.TryAddSingleton<SqliteOrderStore>();
        services.TryAddSingleton<IOrderLookup>(sp => sp.GetRequiredService<SqliteOrderStore>());
        services.AddHostedService<OrderSeeder>();
        services.TryAddSingleton<IAccountDirectory, ProfileAccountDirectory>();
        services.TryAddSingleton<FlowRecognizer>();
        services.AddSingleton<IRootRoute, FlowRoute>();
        services.AddHostedService<FlowWarmup>();
        return builder;
    }
}
