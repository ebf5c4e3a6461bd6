using System.Net;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Tests.WebChat;

/// <summary>The built-in page gets conversation tokens without the secret; the generated secret outlives a restart.</summary>
public sealed class WebChatTokenTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task The_page_token_works_on_direct_line_and_still_works_after_a_restart_with_the_generated_secret()
    {
        string conversationId, token;
        await using (var host = BotHost.Start(_temp.File("bot.db")))
        {
            using var http = host.CreateHttpClient();
            using var response = await http.PostAsync("api/webchat/token", null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = JObject.Parse(await response.Content.ReadAsStringAsync());
            conversationId = (string)body["conversationId"]!;
            token = (string)body["token"]!;
            Assert.StartsWith("dl_", (string)body["userId"]!, StringComparison.Ordinal);
            Assert.Equal("/v3/directline", (string)body["domain"]!);
        }

        await using var restarted = BotHost.Start(_temp.File("bot.db"));
        using var client = restarted.CreateHttpClient();
        var (status, started) = await new DirectLineClient(client).SendAsync(HttpMethod.Post, "conversations", token);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(conversationId, (string)started["conversationId"]!);
    }

    [Fact]
    public async Task Too_many_new_chats_from_one_address_are_refused_with_429()
    {
        await using var host = BotHost.Start(_temp.File("bot.db"), new Dictionary<string, string?> { ["HandoffBot:WebChat:TokensPerMinute"] = "2" });
        using var http = host.CreateHttpClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await http.PostAsync("api/webchat/token", null);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task With_an_external_direct_line_configured_the_page_gets_its_token_there()
    {
        // The "Azure" Direct Line is another bot host here; the page's host only holds the shared secret.
        var secret = new Dictionary<string, string?> { ["HandoffBot:DirectLine:Secret"] = DirectLineClient.Secret };
        await using var azure = BotHost.Start(_temp.File("azure.db"), secret);
        var endpoint = new Uri(azure.BaseAddress, "v3/directline").ToString();
        await using var site = BotHost.Start(_temp.File("site.db"), new Dictionary<string, string?>(secret) { ["HandoffBot:WebChat:DirectLineEndpoint"] = endpoint });
        using var http = site.CreateHttpClient();

        using var response = await http.PostAsync("api/webchat/token", null);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        using var azureHttp = azure.CreateHttpClient();
        var (status, _) = await new DirectLineClient(azureHttp).SendAsync(HttpMethod.Post, "conversations", (string)body["token"]!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(endpoint, (string)body["domain"]!);
        Assert.Equal(HttpStatusCode.Created, status);
    }

    [Fact]
    public async Task A_page_on_another_site_may_call_the_direct_line_endpoint()
    {
        await using var host = BotHost.Start(_temp.File("bot.db"));
        using var http = host.CreateHttpClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "v3/directline/conversations");
        preflight.Headers.Add("Origin", "https://www.tasklane.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");

        using var response = await http.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    public void Dispose() => _temp.Dispose();
}
