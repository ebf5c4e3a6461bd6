using System.Net;
using HandoffBot.Dialogs.Root;
using HandoffBot.Tests.TestSupport;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace HandoffBot.Tests.Hosting;

/// <summary>With MicrosoftAppId set, every request must carry a channel token the bot can validate; failures are 401.</summary>
public sealed class ChannelAuthenticationTests : IAsyncLifetime
{
    private const string AppId = "6f1d3c59-8d3e-4b7e-9d1a-2f0c6b7a9e11";

    private readonly TempDirectory _temp = new();
    private ServiceUrlListener _listener = null!;
    private OpenIdStub _openId = null!;

    public async Task InitializeAsync()
    {
        _listener = await ServiceUrlListener.StartAsync();
        _openId = await OpenIdStub.StartAsync("emulator", "webchat", "msteams");
    }

    public async Task DisposeAsync()
    {
        await _openId.DisposeAsync();
        await _listener.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Request_without_a_token_gets_401()
    {
        using var response = await PostHelpAsync(_openId.MetadataUrl, token: null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0")]
    public async Task Request_with_a_malformed_token_gets_401(string token)
    {
        using var response = await PostHelpAsync(_openId.MetadataUrl, token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Well_formed_token_signed_by_an_unknown_key_gets_401()
    {
        using var response = await PostHelpAsync(_openId.MetadataUrl, _openId.IssueChannelToken(AppId, ServiceUrl, signWithUnknownKey: true));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_for_another_bot_gets_401()
    {
        using var response = await PostHelpAsync(_openId.MetadataUrl, _openId.IssueChannelToken("someone-elses-app-id", ServiceUrl));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Unreachable_openid_metadata_gets_401_not_500()
    {
        using var response = await PostHelpAsync("https://127.0.0.1:9/v1/.well-known/openidconfiguration", _openId.IssueChannelToken(AppId, ServiceUrl));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_whose_key_is_not_endorsed_for_the_channel_gets_401()
    {
        using var response = await PostHelpAsync(_openId.MetadataUrl, _openId.IssueChannelToken(AppId, ServiceUrl), channelId: "slack");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Valid_channel_token_is_accepted_and_the_bot_answers()
    {
        using var response = await PostHelpAsync(_openId.MetadataUrl, _openId.IssueChannelToken(AppId, ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = JsonConvert.DeserializeObject<ExpectedReplies>(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(replies.Activities, a => a.Text == RootMessages.HelpIntro);
    }

    private string ServiceUrl => _listener.BaseAddress.ToString().TrimEnd('/');

    /// <summary>Sends "help" to a bot with credentials configured, as <paramref name="channelId"/> would.</summary>
    private async Task<HttpResponseMessage> PostHelpAsync(string metadataUrl, string? token, string channelId = "webchat")
    {
        await using var host = StartSecuredHost(metadataUrl);
        using var http = host.CreateHttpClient();
        var client = new EmulatorClient(http, _listener.BaseAddress) { ChannelId = channelId, BearerToken = token };
        var activity = client.Message("help");
        // Replies in the response body: the outbound path would need a real Azure AD token, which nobody can get here.
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        var response = await client.PostAsync(activity);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private BotHost StartSecuredHost(string metadataUrl) => BotHost.Start(_temp.File($"{Guid.NewGuid():n}.db"), new Dictionary<string, string?>
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "test-secret-not-used-for-inbound",
        ["MicrosoftAppType"] = "MultiTenant",
        ["HandoffBot:Auth:ChannelOpenIdMetadataUrl"] = metadataUrl,
    });
}
