using HandoffBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using HandoffBot.Hosting;

namespace HandoffBot.Customers;

public static class CustomerServiceCollectionExtensions
{
    /// <summary>
    /// The built-in CRM on the bot's SQLite database (call after <c>AddHandoffStorage</c>): <see cref="CrmOptions"/>
    /// from <c>HandoffBot:Crm</c>, validated at start (the seed file included); <see cref="ICustomerDirectory"/>;
    /// <see cref="CustomerSeeder"/>; and <see cref="CustomerContextMiddleware"/> for the adapter's pipeline.
    /// </summary>
    public static IHostApplicationBuilder AddCustomers(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var contentRoot = builder.Environment.ContentRootPath;

        services.AddOptions<CrmOptions>()
            .BindConfiguration(CrmOptions.SectionName)
            .PostConfigure(options => options.SeedPath = AppRelativePath.Resolve(options.SeedPath, contentRoot))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CrmOptions>, CrmOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton(sp => new SqliteCustomerDirectory(sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ICustomerDirectory>(sp => sp.GetRequiredService<SqliteCustomerDirectory>());
        services.AddHostedService<CustomerSeeder>();
        services.TryAddSingleton<CustomerContextMiddleware>();
        return builder;
    }

    // Relative means "relative to the app": the content root (bot/ under `dotnet run`), else the app's own folder
    // (the build output, where SampleData is copied). When neither has it, the content root's path is reported.
}
