using HandoffBot.Adapters.Slack;
using HandoffBot.Agents;
using HandoffBot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HandoffBot.Slack;

/// <summary>The Slack channel: the Events API and interactivity endpoints, run by the bot's pipeline; off without a signing secret.</summary>
public static class SlackExtensions
{
    public static IHostApplicationBuilder AddSlackChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<ISlackInbox, SqliteSlackInbox>();
        builder.Services.AddSlack((adapter, sp) =>
        {
            adapter.OnTurnError = sp.GetRequiredService<ITurnErrorHandler>().HandleAsync;
            adapter.UseBotPipeline(sp);
        });
        // Agent replies and handoff status events for Slack conversations go through the Slack adapter; with the channel
        // off, "slack" conversations (Azure Bot Service's Slack channel, say) stay with the cloud adapter.
        if (!string.IsNullOrEmpty(builder.Configuration[$"{SlackOptions.SectionName}:{nameof(SlackOptions.SigningSecret)}"]))
        {
            builder.Services.AddSingleton<IChannelSender>(sp => new InProcessChannelSender(sp.GetRequiredService<SlackAdapter>(), SlackEventReader.ChannelId));
        }

        return builder;
    }

    public static WebApplication MapSlackChannel(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<SlackOptions>>().Value.Enabled)
        {
            app.MapSlack();
        }

        return app;
    }
}
