using HandoffBot.Conversation;
using HandoffBot.Agents;
using HandoffBot.Csat;
using HandoffBot.Customers;
using HandoffBot.FollowUps;
using HandoffBot.Flows;
using HandoffBot.Handoff;
using HandoffBot.Insights;
using HandoffBot.Integrations;
using HandoffBot.Knowledge;
using HandoffBot.Email;
using HandoffBot.Slack;
using HandoffBot.Storage;
using HandoffBot.Teams;
using HandoffBot.WebChat;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HandoffBot.Hosting;

/// <summary>Wires the bot into the host: options, channel authentication, the adapter and its middleware, the bot.</summary>
public static class BotHostingExtensions
{
    /// <summary>The Bot Framework Emulator's default endpoint; <c>--urls</c> or the <c>Urls</c> setting override it.</summary>
    public const string DefaultUrl = "http://localhost:3978";

    public static IHostApplicationBuilder AddHandoffBot(this IHostApplicationBuilder builder)
    {
        if (builder is WebApplicationBuilder web && string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            web.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpClient();
        // A request the framework cannot bind (a query value that is not a date) is answered 400 with a problem that
        // names the value, in every environment (by default Development answers 500 and Production an empty 400).
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            if (context.Exception is BadHttpRequestException bad)
            {
                context.ProblemDetails.Detail = bad.Message;
            }
        });
        builder.AddProxySupport();

        builder.Services.AddOptions<BotAuthenticationOptions>()
            .BindConfiguration(BotAuthenticationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<MessagesEndpointOptions>()
            .BindConfiguration(MessagesEndpointOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.AddInsights();
        builder.AddHandoffStorage();
        builder.AddCustomers();
        builder.AddHandoff();
        builder.AddFlows();
        builder.AddKnowledge();
        builder.AddAgentAuthentication();
        builder.AddAgents();
        builder.AddFollowUps();
        builder.AddCsat();

        builder.Services.AddSingleton<BotFrameworkAuthentication>(sp => new ChannelAuthentication(
            ChannelAuthenticationFactory.Create(sp),
            sp.GetRequiredService<ILogger<ChannelAuthentication>>()));
        builder.Services.AddSingleton<ITurnErrorHandler, TurnErrorHandler>();

        // A factory, because CloudAdapter's constructors are ambiguous to the container.
        builder.Services.AddSingleton(sp =>
        {
            var adapter = new CloudAdapter(
                sp.GetRequiredService<BotFrameworkAuthentication>(),
                sp.GetRequiredService<ILogger<CloudAdapter>>());
            adapter.OnTurnError = sp.GetRequiredService<ITurnErrorHandler>().HandleAsync;
            adapter.UseBotPipeline(sp);
            return adapter;
        });
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<CloudAdapter>());

        builder.AddIntegrations();
        builder.AddConversation();
        builder.AddWebChat();
        builder.AddSlackChannel();
        builder.AddEmailChannel();
        builder.AddTeamsChannel();
        builder.Services.AddHostedService<StartBanner>();
        return builder;
    }

    public static WebApplication MapHandoffBot(this WebApplication app)
    {
        if (string.IsNullOrEmpty(app.Configuration["MicrosoftAppId"]))
        {
            app.Logger.LogWarning(
                "LOCAL MODE: MicrosoftAppId is not set, so channel authentication is OFF and anyone who can reach " +
                "/api/messages can talk to the bot as any user. Use this only on a developer machine; set MicrosoftAppId, " +
                "MicrosoftAppPassword and MicrosoftAppTenantId in production.");
        }

        app.UseProxySupport();
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError });
        app.UsePageSecurityHeaders();
        app.UseDashboardGate();
        // Pages and their bundles (wwwroot, with wwwroot/lib filled from npm at build time) come only from the bot.
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapMessagesEndpoint();
        app.MapHealthEndpoint();
        app.MapInsights();
        app.MapIntegrations();
        app.MapAgents();
        app.MapFollowUps();
        app.MapWebChat();
        app.MapSlackChannel();
        return app;
    }
}
