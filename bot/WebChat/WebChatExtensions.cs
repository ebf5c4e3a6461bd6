using HandoffBot.Agents;
using HandoffBot.Adapters.DirectLine;
using HandoffBot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HandoffBot.WebChat;

/// <summary>The web chat channel: the Direct Line endpoint (run by the bot's pipeline), its store and the page's token route.</summary>
public static class WebChatExtensions
{
    public static IHostApplicationBuilder AddWebChat(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<WebChatOptions>()
            .BindConfiguration(WebChatOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton<IDirectLineStore, SqliteDirectLineStore>();
        // Agent replies and handoff status events for web chat conversations go through the Direct Line adapter.
        builder.Services.AddSingleton<IChannelSender, DirectLineChannelSender>();
        builder.Services.AddDirectLine((adapter, sp) =>
        {
            adapter.OnTurnError = sp.GetRequiredService<ITurnErrorHandler>().HandleAsync;
            adapter.UseBotPipeline(sp);
            // Web Chat shows "typing" while a turn takes longer than half a second (the sentence encoder, a lookup).
            adapter.Use(new ShowTypingMiddleware());
        });
        return builder;
    }

    public static WebApplication MapWebChat(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets();
        app.UseCors();
        app.MapDirectLine();
        app.MapWebChatToken();
        return app;
    }
}
