using System.Net;
using System.Text.Json;
using HandoffBot.Tests.TestSupport;

namespace HandoffBot.Tests.Hosting;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_reports_status_storage_and_version_as_json()
    {
        using var temp = new TempDirectory();
        await using var host = BotHost.Start(temp.File("health.db"));
        using var http = host.CreateHttpClient();

        using var response = await http.GetAsync("healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("healthy", json.RootElement.GetProperty("status").GetString());
        Assert.True(json.RootElement.GetProperty("storageReachable").GetBoolean());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("version").GetString()));
    }

    [Fact]
    public async Task Healthz_is_503_when_the_database_cannot_be_opened()
    {
        using var temp = new TempDirectory();
        // A directory where the database file should be: SQLite cannot open it.
        var blocked = temp.File("blocked.db");
        Directory.CreateDirectory(blocked);
        await using var host = BotHost.Start(blocked);
        using var http = host.CreateHttpClient();

        using var response = await http.GetAsync("healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(json.RootElement.GetProperty("storageReachable").GetBoolean());
    }
}
