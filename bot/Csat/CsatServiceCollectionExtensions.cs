using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HandoffBot.Csat;

/// <summary>Registers the CSAT survey after completed handoffs and the store its ratings go to.</summary>
public static class CsatServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddCsat(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqliteCsatStore>();
        // One of possibly several recorders (the agent hub's event log adds its own with AddSingleton<ICsatRecorder, ...>).
        services.AddSingleton<ICsatRecorder>(sp => sp.GetRequiredService<SqliteCsatStore>());
        services.TryAddSingleton<CsatMiddleware>();
        return builder;
    }
}
