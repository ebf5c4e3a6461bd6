using HandoffBot.Adapters.Email;
using HandoffBot.Agents;
using HandoffBot.Hosting;
using HandoffBot.Integrations;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HandoffBot.Email;

/// <summary>The email channel: a support mailbox read over IMAP and answered over SMTP by the bot's pipeline; off without an address.</summary>
public static class EmailExtensions
{
    public static IHostApplicationBuilder AddEmailChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var enabled = !string.IsNullOrWhiteSpace(builder.Configuration[$"{EmailOptions.SectionName}:{nameof(EmailOptions.Address)}"]);
        builder.Services.TryAddSingleton<IEmailStore, SqliteEmailStore>();
        builder.Services.AddEmail(enabled, (adapter, sp) =>
        {
            adapter.OnTurnError = sp.GetRequiredService<ITurnErrorHandler>().HandleAsync;
            adapter.UseBotPipeline(sp);
        });
        if (enabled)
        {
            builder.Services.AddSingleton<IChannelSender>(sp => new InProcessChannelSender(sp.GetRequiredService<EmailAdapter>(), EmailActivity.ChannelId));
            // Replies are recorded in the outbox and sent from there (retried, parked when refused, kept across restarts).
            builder.Services.Replace(ServiceDescriptor.Singleton<IEmailDelivery, OutboxEmailDelivery>());
            builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxConnector, EmailConnector>());
            builder.Services.AddHealthChecks().AddCheck<EmailHealthCheck>(EmailHealthCheck.Name);
        }

        return builder;
    }
}
