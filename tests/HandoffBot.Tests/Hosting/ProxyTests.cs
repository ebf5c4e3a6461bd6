using System.Net;
using System.Net.Http.Json;

namespace HandoffBot.Tests.Hosting;

/// <summary>
/// Behind a reverse proxy the per-address sign-in limit must see each client, and nobody else may claim an address
/// with a forged <c>X-Forwarded-For</c>.
/// </summary>
public sealed class ProxyTests
{
    [Fact]
    public async Task Behind_a_known_proxy_each_forwarded_client_has_its_own_limit()
    {
        using var temp = new TempDirectory();
        await using var host = BotHost.Start(temp.File("bot.db"), new Dictionary<string, string?>
        {
            ["HandoffBot:Proxy:KnownProxies:0"] = "127.0.0.1",
            ["HandoffBot:Proxy:KnownProxies:1"] = "::1",
            ["HandoffBot:Agents:SignIn:AttemptsPerMinutePerAddress"] = "3",
        });
        using var http = host.CreateHttpClient();

        var first = await AttemptsAsync(http, "203.0.113.5", 4);
        var second = await AttemptsAsync(http, "198.51.100.7", 1);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], first);
        Assert.Equal([HttpStatusCode.Unauthorized], second);
    }

    [Fact]
    public async Task Without_a_known_proxy_a_forged_forwarded_address_changes_nothing()
    {
        using var temp = new TempDirectory();
        await using var host = BotHost.Start(temp.File("bot.db"), new Dictionary<string, string?> { ["HandoffBot:Agents:SignIn:AttemptsPerMinutePerAddress"] = "3" });
        using var http = host.CreateHttpClient();

        await AttemptsAsync(http, "203.0.113.5", 3);
        var forged = await AttemptsAsync(http, "198.51.100.7", 1);

        Assert.Equal([HttpStatusCode.TooManyRequests], forged);
    }

    [Fact]
    public void A_proxy_network_that_is_not_cidr_stops_the_start_naming_it()
    {
        using var temp = new TempDirectory();

        var error = Assert.ThrowsAny<Exception>(() => BotHost.Start(temp.File("bot.db"), new Dictionary<string, string?>
        {
            ["HandoffBot:Proxy:KnownNetworks:0"] = "10.0.0.0/33",
        }).Dispose());

        Assert.Contains("HandoffBot:Proxy:KnownNetworks: '10.0.0.0/33' is not a network in CIDR notation", error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<List<HttpStatusCode>> AttemptsAsync(HttpClient http, string client, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            // Different unknown ids: only the address limit can refuse them.
            using var request = new HttpRequestMessage(HttpMethod.Post, "api/agent/signin") { Content = JsonContent.Create(new { agentId = $"{client}-{i}", password = "guess" }) };
            request.Headers.Add("X-Forwarded-For", client);
            using var response = await http.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
