namespace HandoffBot.Storage;

/// <summary>Creates the database file and schema at start, so a bad path fails the start rather than the first turn.</summary>
public sealed class StorageInitializer : IHostedService
{
    private readonly SqliteDatabase _database;
    private readonly ILogger<StorageInitializer> _logger;

    public StorageInitializer(SqliteDatabase database, ILogger<StorageInitializer> logger)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _database.EnsureCreatedAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new InvalidOperationException(
                $"Cannot open or create the SQLite database '{_database.DataSource}' (HandoffBot:Storage:Sqlite): {ex.Message}", ex);
        }

        _logger.LogInformation("SQLite storage ready at {DataSource}", _database.DataSource);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
