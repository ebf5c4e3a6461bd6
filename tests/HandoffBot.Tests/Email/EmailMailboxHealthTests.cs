using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HandoffBot.Tests.Email;

/// <summary>A mailbox that cannot be reached is reported on /healthz and never stops the bot.</summary>
public sealed class EmailMailboxHealthTests
{
    [Fact]
    public async Task An_unreachable_mailbox_degrades_health_while_the_bot_keeps_serving()
    {
        using var folder = new TempDirectory();
        var closedPort = DovecotServer.FreePort();
        using var host = BotHost.Start(folder.File("bot.db"), new Dictionary<string, string?>
        {
            ["HandoffBot:Email:Address"] = "support@example.com",
            ["HandoffBot:Email:ImapHost"] = "127.0.0.1",
            ["HandoffBot:Email:ImapPort"] = closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["HandoffBot:Email:SmtpHost"] = "127.0.0.1",
            ["HandoffBot:Email:SmtpPort"] = closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["HandoffBot:Email:UserName"] = "support@example.com",
            ["HandoffBot:Email:Password"] = "unused",
            ["HandoffBot:Email:Security"] = "None",
        });
        using var http = host.CreateHttpClient();

        var deadline = DateTime.UtcNow.AddSeconds(20);
        JsonElement health;
        HttpStatusCode status;
        do
        {
            using var response = await http.GetAsync("healthz");
            status = response.StatusCode;
            health = await response.Content.ReadFromJsonAsync<JsonElement>();
            await Task.Delay(100);
        }
        while (health.GetProperty("email").GetProperty("state").GetString() != "unreachable" && DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("degraded", health.GetProperty("status").GetString());
        Assert.Equal("unreachable", health.GetProperty("email").GetProperty("state").GetString());
        Assert.True(health.GetProperty("storageReachable").GetBoolean());
    }
}
