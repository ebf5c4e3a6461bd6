using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;

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
    public async Task Healthz_is_503_when_storage_stops_working()
    {
        using var temp = new TempDirectory();
        var database = temp.File("health.db");
        await using var host = BotHost.Start(database);
        using var http = host.CreateHttpClient();
        await using (var connection = new SqliteConnection($"Data Source={database}"))
        {
            // Someone replaced or damaged the database under the running bot.
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE state;";
            await drop.ExecuteNonQueryAsync();
        }

        using var response = await http.GetAsync("healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        Assert.False(json.RootElement.GetProperty("storageReachable").GetBoolean());
        Assert.DoesNotContain("no such table", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Start_fails_with_a_message_naming_the_setting_when_the_database_cannot_be_created()
    {
        using var temp = new TempDirectory();
        // A directory where the database file should be: SQLite cannot open it.
        var blocked = temp.File("blocked.db");
        Directory.CreateDirectory(blocked);

        var error = Assert.ThrowsAny<Exception>(() => BotHost.Start(blocked).Dispose());

        Assert.Contains("HandoffBot:Storage:Sqlite", error.ToString(), StringComparison.Ordinal);
    }
}
