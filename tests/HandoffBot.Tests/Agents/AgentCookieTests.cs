using System.Net;
using System.Net.Http.Json;
using HandoffBot.Agents;

namespace HandoffBot.Tests.Agents;

/// <summary>The console's session cookie: never readable by script, never sent by another site, and never over plain http outside local mode.</summary>
public sealed class AgentCookieTests
{
    [Fact]
    public async Task In_local_mode_the_session_cookie_is_http_only_and_strict()
    {
        using var temp = new TempDirectory();
        await using var host = BotHost.Start(temp.File("bot.db"));

        var cookie = await SignInCookieAsync(host, "lee", "lee-demo");

        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie.Replace("samesite", string.Empty, StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task With_channel_credentials_the_session_cookie_is_secure_too()
    {
        using var temp = new TempDirectory();
        var seed = temp.File("agents.json");
        await File.WriteAllTextAsync(seed, $$"""[{"id":"kim","name":"Kim Ra","role":"agent","skills":["billing"],"passwordHash":"{{PasswordHashing.Hash("correct horse battery")}}"}]""");
        await using var host = BotHost.Start(temp.File("bot.db"), new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "6f1d3c59-8d3e-4b7e-9d1a-2f0c6b7a9e11",
            ["MicrosoftAppPassword"] = "not-used",
            ["HandoffBot:Agents:SeedPath"] = seed,
        });

        var cookie = await SignInCookieAsync(host, "kim", "correct horse battery");

        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<string> SignInCookieAsync(BotHost host, string agentId, string password)
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = host.BaseAddress };
        using var response = await http.PostAsJsonAsync("api/agent/signin", new { agentId, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("handoffbot.agent=", StringComparison.Ordinal));
    }
}
