using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace HandoffBot.Hosting;

/// <summary>Builds the Bot Framework authentication from configuration, honouring <see cref="BotAuthenticationOptions"/>.</summary>
internal static class ChannelAuthenticationFactory
{
    public static BotFrameworkAuthentication Create(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var options = services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        var httpClientFactory = services.GetRequiredService<IHttpClientFactory>();
        var logger = services.GetRequiredService<ILogger<ChannelAuthentication>>();

        if (string.IsNullOrEmpty(options.ChannelOpenIdMetadataUrl))
        {
            return new ConfigurationBotFrameworkAuthentication(configuration, httpClientFactory: httpClientFactory, logger: logger);
        }

        // Any parameterized value switches the SDK to its parameterized mode, which needs every value: take the
        // public cloud's for all but the channel metadata (and, optionally, the issuer).
        var tenant = configuration["MicrosoftAppTenantId"];
        return BotFrameworkAuthenticationFactory.Create(
            channelService: null,
            validateAuthority: true,
            toChannelFromBotLoginUrl: string.Format(
                System.Globalization.CultureInfo.InvariantCulture,
                AuthenticationConstants.ToChannelFromBotLoginUrlTemplate,
                string.IsNullOrEmpty(tenant) ? AuthenticationConstants.DefaultChannelAuthTenant : tenant),
            toChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
            toBotFromChannelTokenIssuer: string.IsNullOrEmpty(options.ChannelTokenIssuer)
                ? AuthenticationConstants.ToBotFromChannelTokenIssuer
                : options.ChannelTokenIssuer,
            oAuthUrl: AuthenticationConstants.OAuthUrl,
            toBotFromChannelOpenIdMetadataUrl: options.ChannelOpenIdMetadataUrl,
            toBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
            callerId: CallerIdConstants.PublicAzureChannel,
            credentialFactory: new ConfigurationServiceClientCredentialFactory(configuration),
            authConfiguration: new AuthenticationConfiguration(),
            httpClientFactory: httpClientFactory,
            logger: logger);
    }
}
