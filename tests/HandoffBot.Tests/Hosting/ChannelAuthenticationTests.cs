using System.Net;
using HandoffBot.Dialogs.Root;
using HandoffBot.Tests.TestSupport;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace HandoffBot.Tests.Hosting;

/// <summary>
/// With MicrosoftAppId set, every request must carry a channel token the bot can validate; failures are 401. One
/// secured bot and one OpenID stub serve the class: each request is judged on its own token.
/// </summary>
public sealed class ChannelAuthenticationTests(ChannelAuthenticationTests.SecuredBot bot) : IClassFixture<ChannelAuthenticationTests.SecuredBot>
{
    private const string AppId = "6f1d3c59-8d3e-4b7e-9d1a-2f0c6b7a9e11";

    private OpenIdStub OpenId => bot.OpenId;

    [Fact]
    public async Task Request_without_a_token_gets_401()
    {
        using var response = await PostHelpAsync(token: null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0")]
    public async Task Request_with_a_malformed_token_gets_401(string token)
    {
        using var response = await PostHelpAsync(token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Well_formed_token_signed_by_an_unknown_key_gets_401()
    {
        using var response = await PostHelpAsync(OpenId.IssueChannelToken(AppId, ServiceUrl, signWithUnknownKey: true));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_for_another_bot_gets_401()
    {
        using var response = await PostHelpAsync(OpenId.IssueChannelToken("someone-elses-app-id", ServiceUrl));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Unreachable_openid_metadata_gets_401_not_500()
    {
        await using var host = StartSecuredHost(bot.DatabasePath("unreachable.db"), "https://127.0.0.1:9/v1/.well-known/openidconfiguration");
        using var response = await PostHelpAsync(OpenId.IssueChannelToken(AppId, ServiceUrl), host: host);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_whose_key_is_not_endorsed_for_the_channel_gets_401()
    {
        using var response = await PostHelpAsync(OpenId.IssueChannelToken(AppId, ServiceUrl), channelId: "slack");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Valid_channel_token_is_accepted_and_the_bot_answers()
    {
        using var response = await PostHelpAsync(OpenId.IssueChannelToken(AppId, ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = JsonConvert.DeserializeObject<ExpectedReplies>(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(replies.Activities, a => a.Text == RootMessages.HelpIntro);
    }

    private string ServiceUrl => bot.Listener.BaseAddress.ToString().TrimEnd('/');

    /// <summary>Sends "help" to the secured bot (or to <paramref name="host"/>), as <paramref name="channelId"/> would.</summary>
    private async Task<HttpResponseMessage> PostHelpAsync(string? token, string channelId = "webchat", BotHost? host = null)
    {
        using var http = (host ?? bot.Host).CreateHttpClient();
        var client = new EmulatorClient(http, bot.Listener.BaseAddress) { ChannelId = channelId, BearerToken = token };
        var activity = client.Message("help");
        // Replies in the response body: the outbound path would need a real Azure AD token, which nobody can get here.
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        var response = await client.PostAsync(activity);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static BotHost StartSecuredHost(string databasePath, string metadataUrl) => BotHost.Start(databasePath, new Dictionary<string, string?>
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "test-secret-not-used-for-inbound",
        ["MicrosoftAppType"] = "MultiTenant",
        ["HandoffBot:Auth:ChannelOpenIdMetadataUrl"] = metadataUrl,
    });

    /// <summary>A bot with credentials configured, the OpenID stub it trusts, and the channel's serviceUrl listener.</summary>
    public sealed class SecuredBot : IAsyncLifetime
    {
        private readonly TempDirectory _temp = new();

        public ServiceUrlListener Listener { get; private set; } = null!;

        public OpenIdStub OpenId { get; private set; } = null!;

        public BotHost Host { get; private set; } = null!;

        public string DatabasePath(string name) => _temp.File(name);

        public async Task InitializeAsync()
        {
            Listener = await ServiceUrlListener.StartAsync();
            OpenId = await OpenIdStub.StartAsync("emulator", "webchat", "msteams");
            Host = StartSecuredHost(_temp.File("secured.db"), OpenId.MetadataUrl);
        }

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            await OpenId.DisposeAsync();
            await Listener.DisposeAsync();
            _temp.Dispose();
        }
    }
}
