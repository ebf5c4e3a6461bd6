using HandoffBot.Storage;
using HandoffBot.Transcripts;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HandoffBot.Tests.Storage;

public sealed class StorageRegistrationTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Postgres_provider_fails_validation_naming_the_key()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { Provider = StorageProvider.Postgres, Sqlite = "Data Source=x.db" });

        Assert.True(result.Failed);
        Assert.Contains("HandoffBot:Storage:Provider=Postgres is not available yet; use Sqlite", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_sqlite_connection_string_fails_validation_naming_the_key()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { Sqlite = " " });

        Assert.True(result.Failed);
        Assert.Contains("HandoffBot:Storage:Sqlite", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_start_stops_on_Postgres_with_a_message_naming_the_key()
    {
        using var host = BuildHost(new() { ["HandoffBot:Storage:Provider"] = "Postgres" });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("HandoffBot:Storage:Provider=Postgres", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Default_database_is_created_under_the_content_root_at_start_and_services_resolve()
    {
        using var host = BuildHost([]);
        await host.StartAsync();
        try
        {
            var options = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
            var expected = Path.Combine(_db.Folder, "App_Data", "handoffbot.db");
            Assert.Equal(StorageProvider.Sqlite, options.Provider);
            Assert.Equal(expected, new SqliteConnectionStringBuilder(options.Sqlite).DataSource);
            Assert.True(File.Exists(expected));

            Assert.Same(host.Services.GetRequiredService<SqliteStorage>(), host.Services.GetRequiredService<IStorage>());
            Assert.NotNull(host.Services.GetRequiredService<ConversationState>());
            Assert.NotNull(host.Services.GetRequiredService<UserState>());
            Assert.IsType<SqliteTranscriptStore>(host.Services.GetRequiredService<ITranscriptStore>());
            Assert.NotNull(host.Services.GetRequiredService<TranscriptMiddleware>());
            Assert.NotNull(host.Services.GetRequiredService<ConcurrencyRetryMiddleware>());
            Assert.NotNull(host.Services.GetRequiredService<TranscriptExporter>());

            var health = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
            Assert.Equal(HealthStatus.Healthy, health.Entries["storage"].Status);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public void Relative_sqlite_path_is_resolved_against_the_content_root()
    {
        using var host = BuildHost(new() { ["HandoffBot:Storage:Sqlite"] = "Data Source=db/bot.db" });

        var options = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal(Path.Combine(_db.Folder, "db", "bot.db"), new SqliteConnectionStringBuilder(options.Sqlite).DataSource);
    }

    private IHost BuildHost(Dictionary<string, string?> settings)
    {
        Directory.CreateDirectory(_db.Folder);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = _db.Folder,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddHandoffStorage();
        return builder.Build();
    }
}
