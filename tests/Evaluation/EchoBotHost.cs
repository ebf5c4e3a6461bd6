using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HandoffBot.Evaluation;

/// <summary>
/// The baselines for benchmarks: the same Bot Framework stack (Kestrel, CloudAdapter, replies to the serviceUrl)
/// with a bot that only echoes, and no middleware, storage or models; given an encoder, the bot embeds each message
/// once before it echoes (the ceiling for a bot that reads every message with the sentence encoder). With
/// <c>sharedContracts</c>, its Connector clients share one JSON contract resolver as HandoffBot's do
/// (<see cref="HandoffBot.Hosting.SharedContractsConnectorFactory"/>); without, it is the SDK as shipped.
/// </summary>
public sealed class EchoBotHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EchoBotHost(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<EchoBotHost> StartAsync(CancellationToken cancellationToken, HandoffBot.Language.ISentenceEncoder? encoder = null, bool sharedContracts = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var authentication = sharedContracts
            ? new HandoffBot.Hosting.ChannelAuthentication(BotFrameworkAuthenticationFactory.Create(), app.Services.GetRequiredService<ILogger<HandoffBot.Hosting.ChannelAuthentication>>())
            : BotFrameworkAuthenticationFactory.Create();
        var adapter = new CloudAdapter(authentication, app.Services.GetRequiredService<ILogger<CloudAdapter>>());
        var bot = new EchoBot(encoder);
        app.MapPost("/api/messages", (HttpContext http) => adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted));
        await app.StartAsync(cancellationToken);
        var host = new EchoBotHost(app);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        host.BaseAddress = new Uri(address + "/");
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class EchoBot(HandoffBot.Language.ISentenceEncoder? encoder) : ActivityHandler
    {
        protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
        {
            var text = turnContext.Activity.Text ?? string.Empty;
            var dimensions = encoder?.Encode(text).Length;
            return turnContext.SendActivityAsync(MessageFactory.Text(dimensions is null ? "echo: " + text : $"echo ({dimensions}): {text}"), cancellationToken);
        }
    }
}
