using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HandoffBot.Tests.Agents;

/// <summary>The documented demo passwords open the console only where someone turned them on: `dotnet run` on a developer's machine.</summary>
public sealed class DemoSignInTests
{
    [Fact]
    public async Task Without_the_setting_a_demo_password_is_refused()
    {
        using var temp = new TempDirectory();
        await using var host = BotHost.Start(temp.File("bot.db"), new Dictionary<string, string?> { ["HandoffBot:Agents:DemoSignIn"] = null });
        using var http = host.CreateHttpClient();

        using var response = await http.PostAsJsonAsync("api/agent/signin", new { agentId = "lee", password = "lee-demo" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Dotnet_run_turns_demo_sign_in_on_through_the_development_settings_only()
    {
        using var development = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Repository.Root, "bot", "appsettings.Development.json")));
        using var production = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Repository.Root, "bot", "appsettings.json")));

        Assert.True(development.RootElement.GetProperty("HandoffBot").GetProperty("Agents").GetProperty("DemoSignIn").GetBoolean());
        Assert.False(production.RootElement.TryGetProperty("HandoffBot", out var bot)
            && bot.TryGetProperty("Agents", out var agents) && agents.TryGetProperty("DemoSignIn", out _));
    }
}
