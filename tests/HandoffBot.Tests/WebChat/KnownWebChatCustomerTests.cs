using System.Net;
using HandoffBot.Adapters.DirectLine;
using HandoffBot.Handoff;
using HandoffBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace HandoffBot.Tests.WebChat;

/// <summary>
/// A site that signs its customers in passes who they are the documented Direct Line way: its server asks
/// <c>tokens/generate</c> with the secret for a token with <c>user.id = dl_&lt;their id&gt;</c>. The bot then knows the
/// customer on web chat as on any other channel.
/// </summary>
public sealed class KnownWebChatCustomerTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private BotHost _host = null!;
    private HttpClient _http = null!;

    public Task InitializeAsync()
    {
        _host = BotHost.Start(
            _temp.File("bot.db"),
            new Dictionary<string, string?> { ["HandoffBot:DirectLine:Secret"] = DirectLineClient.Secret },
            services =>
            {
                services.AddSingleton<TimeProvider>(OpenHours.Clock());
                services.AddSingleton<IAgentAvailability>(new TestAgentAvailability());
            });
        _http = _host.CreateHttpClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task A_customer_the_site_vouches_for_is_known_on_the_case_with_name_and_tier()
    {
        var handoff = await HandOffAsync("dl_vip-elena");

        Assert.NotNull(handoff.Customer);
        Assert.Equal("vip-elena", (string?)handoff.Customer["id"]);
        Assert.Equal("vip", (string?)handoff.Customer["tier"]);
        Assert.False(string.IsNullOrEmpty((string?)handoff.Customer["name"]));
    }

    [Fact]
    public async Task An_anonymous_visitor_stays_unknown()
    {
        var handoff = await HandOffAsync("dl_" + Guid.NewGuid().ToString("n"));

        Assert.Equal("standard", (string?)handoff.Customer?["tier"]);
        Assert.True(string.IsNullOrEmpty((string?)handoff.Customer?["name"]));
    }

    /// <summary>What the site's server and then the page do: a token for the user, a started conversation, a request for a person.</summary>
    private async Task<HandoffCase> HandOffAsync(string userId)
    {
        var directLine = new DirectLineClient(_http);
        var (status, generated) = await directLine.SendAsync(HttpMethod.Post, "tokens/generate", DirectLineClient.Secret, $"{{\"user\":{{\"id\":\"{userId}\"}}}}");
        Assert.Equal(HttpStatusCode.OK, status);
        var token = (string)generated["token"]!;
        var (started, body) = await directLine.SendAsync(HttpMethod.Post, "conversations", token);
        Assert.Equal(HttpStatusCode.Created, started);
        var conversationId = (string)body["conversationId"]!;

        var (posted, _) = await directLine.PostMessageAsync(conversationId, token, "I want to talk to a real person", "c1");
        Assert.Equal(HttpStatusCode.OK, posted);

        // Direct Line answers the post after the bot's turn: the case is open by now.
        var handoff = await _host.Services.GetRequiredService<IAgentHub>().FindOpenAsync(DirectLineAdapter.ChannelId, conversationId, CancellationToken.None);
        Assert.NotNull(handoff);
        return handoff;
    }
}
