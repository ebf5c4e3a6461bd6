using HandoffBot.Transcripts;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HandoffBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Bot state (<see cref="IStorage"/>, <see cref="ConversationState"/>, <see cref="UserState"/>) and transcripts on
    /// the embedded SQLite database configured under <c>HandoffBot:Storage</c>, the transcript and concurrency-retry
    /// middleware, the transcript exporter and the <c>storage</c> health check.
    /// </summary>
    public static IHostApplicationBuilder AddHandoffStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var contentRoot = builder.Environment.ContentRootPath;

        services.AddOptions<StorageOptions>()
            .Configure(options => options.Sqlite = DefaultSqliteConnectionString(contentRoot))
            .BindConfiguration(StorageOptions.SectionName)
            .PostConfigure(options => options.Sqlite = ResolveDataSource(options.Sqlite, contentRoot))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton(sp => new SqliteDatabase(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Sqlite));
        services.TryAddSingleton(sp => new SqliteStorage(sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IStorage>(sp => sp.GetRequiredService<SqliteStorage>());
        services.TryAddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
        services.TryAddSingleton(sp => new UserState(sp.GetRequiredService<IStorage>()));
        services.AddHostedService<StorageInitializer>();

        services.TryAddSingleton(sp => new SqliteTranscriptStore(sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ITranscriptStore>(sp => sp.GetRequiredService<SqliteTranscriptStore>());
        services.TryAddSingleton<ITranscriptLogger>(sp => sp.GetRequiredService<SqliteTranscriptStore>());
        services.TryAddSingleton<ConversationLockMiddleware>();
        services.TryAddSingleton<TranscriptMiddleware>();
        services.TryAddSingleton<ConcurrencyRetryMiddleware>();
        services.TryAddSingleton<TranscriptExporter>();

        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        return builder;
    }

    private static string DefaultSqliteConnectionString(string contentRoot) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(contentRoot, "App_Data", "handoffbot.db") }.ToString();

    // A relative Data Source means "relative to the app", not to whatever folder the process was started from.
    private static string ResolveDataSource(string connectionString, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return connectionString;
        }

        try
        {
            var builder = new SqliteConnectionStringBuilder(connectionString);
            var dataSource = builder.DataSource;
            if (string.IsNullOrEmpty(dataSource)
                || Path.IsPathRooted(dataSource)
                || dataSource.Equals(":memory:", StringComparison.Ordinal)
                || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
                || builder.Mode == SqliteOpenMode.Memory)
            {
                return connectionString;
            }

            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, dataSource));
            return builder.ToString();
        }
        catch (ArgumentException)
        {
            // Left as is: the validator reports it with the key's name.
            return connectionString;
        }
    }
}
