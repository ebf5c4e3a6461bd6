using HandoffBot.Dialogs.FollowUp;
using HandoffBot.Handoff;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HandoffBot.FollowUps;

/// <summary>Registers follow-ups: the ticket store, the offer dialog and its middleware, and the watch on waiting customers.</summary>
public static class FollowUpServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddFollowUps(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<InactivityOptions>()
            .BindConfiguration(InactivityOptions.SectionName)
            .Validate(o => o.InactivityTimeout > TimeSpan.Zero, $"{InactivityOptions.SectionName}:InactivityTimeout must be a positive time span, e.g. 00:15:00.")
            .Validate(o => o.InactivityScanInterval > TimeSpan.Zero, $"{InactivityOptions.SectionName}:InactivityScanInterval must be a positive time span, e.g. 00:00:30.")
            .ValidateOnStart();

        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqliteFollowUpStore>();
        services.TryAddSingleton<SqliteWaitingCustomers>();
        services.TryAddSingleton<CaseFollowUps>();
        services.TryAddSingleton<FollowUpDesk>();
        services.TryAddSingleton<IFollowUpDesk>(sp => sp.GetRequiredService<FollowUpDesk>());
        services.AddSingleton<IFollowUpPromises>(sp => sp.GetRequiredService<FollowUpDesk>());
        // Dialogs hold no per-conversation data, so one instance serves every turn.
        services.TryAddSingleton<FollowUpDialog>();
        services.TryAddSingleton<FollowUpMiddleware>();
        services.TryAddSingleton<WaitingCustomerMiddleware>();
        services.TryAddSingleton<InactivityMonitor>();
        services.AddHostedService(sp => sp.GetRequiredService<InactivityMonitor>());
        return builder;
    }
}
