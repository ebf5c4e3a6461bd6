using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HandoffBot.Adapters.Tests.DirectLine;

/// <summary>The site secret exchanges for short-lived tokens bound to one conversation; nothing else gets in.</summary>
public sealed class DirectLineTokenTests : DirectLineHost
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 16, 0, 0, TimeSpan.Zero));

    protected override Action<IServiceCollection>? ConfigureServices => services => services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public async Task The_secret_gives_a_token_for_a_new_conversation_that_refreshes_into_another_for_the_same()
    {
        var (status, generated) = await DirectLine.SendAsync(HttpMethod.Post, "tokens/generate", DirectLineClient.Secret);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1800, (int)generated["expires_in"]!);
        var conversationId = (string)generated["conversationId"]!;

        _clock.Advance(TimeSpan.FromMinutes(15));
        var (refreshStatus, refreshed) = await DirectLine.SendAsync(HttpMethod.Post, "tokens/refresh", (string)generated["token"]!);

        Assert.Equal(HttpStatusCode.OK, refreshStatus);
        Assert.Equal(conversationId, (string)refreshed["conversationId"]!);
        Assert.NotEqual((string)generated["token"]!, (string)refreshed["token"]!);
    }

    [Fact]
    public async Task Missing_credentials_are_401_and_a_wrong_secret_is_403_with_a_json_error()
    {
        var (missing, missingBody) = await DirectLine.SendAsync(HttpMethod.Post, "tokens/generate", null);
        var (wrong, wrongBody) = await DirectLine.SendAsync(HttpMethod.Post, "tokens/generate", "not-the-secret");
        var (forged, _) = await DirectLine.SendAsync(HttpMethod.Post, "conversations", "eyJjIjoieCJ9.forged");

        Assert.Equal(HttpStatusCode.Unauthorized, missing);
        Assert.Equal("MissingCredentials", (string)missingBody["error"]!["code"]!);
        Assert.Equal(HttpStatusCode.Forbidden, wrong);
        Assert.Equal("BadCredentials", (string)wrongBody["error"]!["code"]!);
        Assert.Equal(HttpStatusCode.Forbidden, forged);
    }

    [Fact]
    public async Task A_token_only_reads_and_writes_its_own_conversation()
    {
        var first = await DirectLine.StartAsync();
        var second = await DirectLine.StartAsync();

        var (read, readBody) = await DirectLine.SendAsync(HttpMethod.Get, $"conversations/{first.ConversationId}/activities", second.Token);
        var (write, _) = await DirectLine.PostMessageAsync(first.ConversationId, second.Token, "hello", "c1");
        var (reconnect, _) = await DirectLine.SendAsync(HttpMethod.Get, $"conversations/{first.ConversationId}", second.Token);
        var (generate, _) = await DirectLine.SendAsync(HttpMethod.Post, "tokens/generate", second.Token);

        Assert.Equal(HttpStatusCode.Forbidden, read);
        Assert.Equal("Forbidden", (string)readBody["error"]!["code"]!);
        Assert.Equal(HttpStatusCode.Forbidden, write);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect);
        Assert.Equal(HttpStatusCode.Forbidden, generate);
    }

    [Fact]
    public async Task An_expired_token_is_refused_and_cannot_be_refreshed()
    {
        var conversation = await DirectLine.StartAsync();

        _clock.Advance(TimeSpan.FromMinutes(31));
        var (read, readBody) = await DirectLine.SendAsync(HttpMethod.Get, $"conversations/{conversation.ConversationId}/activities", conversation.Token);
        var (refresh, refreshBody) = await DirectLine.SendAsync(HttpMethod.Post, "tokens/refresh", conversation.Token);

        Assert.Equal(HttpStatusCode.Forbidden, read);
        Assert.Equal("TokenExpired", (string)readBody["error"]!["code"]!);
        Assert.Equal(HttpStatusCode.Forbidden, refresh);
        Assert.Equal("TokenExpired", (string)refreshBody["error"]!["code"]!);
    }

    [Fact]
    public async Task A_user_id_baked_into_a_token_must_be_a_direct_line_one()
    {
        var (status, body) = await DirectLine.SendAsync(HttpMethod.Post, "tokens/generate", DirectLineClient.Secret, "{\"user\":{\"id\":\"alice\"}}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("dl_", (string)body["error"]!["message"]!, StringComparison.Ordinal);
    }
}
