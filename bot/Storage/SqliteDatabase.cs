using System.Globalization;
using Microsoft.Data.Sqlite;

namespace HandoffBot.Storage;

/// <summary>
/// The embedded SQLite database shared by <see cref="SqliteStorage"/> and the transcript store: opens connections
/// with the pragmas every connection needs, and creates the folder, the file and the schema on first use.
/// </summary>
public sealed class SqliteDatabase
{
    private const int SchemaVersion = 1;

    private const string SchemaV1 = """
        CREATE TABLE IF NOT EXISTS state (
            key         TEXT NOT NULL PRIMARY KEY,
            etag        TEXT NOT NULL,
            json        TEXT NOT NULL,
            updated_utc TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS transcript (
            seq             INTEGER PRIMARY KEY AUTOINCREMENT,
            channel_id      TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            activity_id     TEXT,
            timestamp_utc   TEXT NOT NULL,
            json            TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_transcript_conversation ON transcript (channel_id, conversation_id, seq);
        CREATE INDEX IF NOT EXISTS ix_transcript_activity ON transcript (channel_id, conversation_id, activity_id);
        """;

    // Writers wait for each other this long before SQLITE_BUSY surfaces (WAL lets readers proceed meanwhile).
    private const int BusyTimeoutMilliseconds = 5000;

    private readonly SemaphoreSlim _initLock = new(1, 1);
    private volatile bool _initialized;

    public SqliteDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _appliedSchemas = new(StringComparer.Ordinal);

    /// <summary>The file (or in-memory name) the connection string points at; safe to log, unlike the whole string.</summary>
    public string DataSource => new SqliteConnectionStringBuilder(ConnectionString).DataSource;

    /// <summary>
    /// Opens a connection after making sure a capability's own tables exist. <paramref name="schema"/> must be
    /// idempotent DDL (<c>CREATE ... IF NOT EXISTS</c>); it runs once per process and name.
    /// </summary>
    public async Task<SqliteConnection> OpenConnectionAsync(string schemaName, string schema, CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken);
        if (_appliedSchemas.ContainsKey(schemaName))
        {
            return connection;
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = schema;
            await command.ExecuteNonQueryAsync(cancellationToken);
            _appliedSchemas.TryAdd(schemaName, true);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens a connection, creating the database and its schema first if this is the first use.</summary>
    public async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await EnsureCreatedAsync(cancellationToken);
        }

        return await OpenRawAsync(cancellationToken);
    }

    /// <summary>Creates the folder, the file and the tables when missing. Safe to call from several processes.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
        {
            return;
        }

        await _initLock.WaitAsync(cancellationToken);
        try
        {
            if (_initialized)
            {
                return;
            }

            CreateFolder();
            await using var connection = await OpenRawAsync(cancellationToken);

            // WAL is a property of the file: readers are not blocked by the writer, and it survives reopening.
            await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken);

            // IMMEDIATE: two processes starting together create the schema one after the other.
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var version = Convert.ToInt32(
                await ScalarAsync(connection, transaction, "PRAGMA user_version;", cancellationToken),
                CultureInfo.InvariantCulture);
            if (version < SchemaVersion)
            {
                await ExecuteAsync(connection, transaction, SchemaV1, cancellationToken);
                await ExecuteAsync(connection, transaction, $"PRAGMA user_version={SchemaVersion};", cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            _initialized = true;
        }
        finally
        {
            _initLock.Release();
        }
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // NORMAL in WAL mode: a commit waits for no disk flush (the WAL is flushed at checkpoints); a process crash
            // loses nothing, and the database stays consistent after a power cut, which may lose the last commits.
            await ExecuteAsync(connection, null, $"PRAGMA busy_timeout={BusyTimeoutMilliseconds}; PRAGMA synchronous=NORMAL;", cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private void CreateFolder()
    {
        var builder = new SqliteConnectionStringBuilder(ConnectionString);
        var dataSource = builder.DataSource;
        if (builder.Mode == SqliteOpenMode.Memory
            || string.IsNullOrEmpty(dataSource)
            || dataSource.Equals(":memory:", StringComparison.Ordinal)
            || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    private static async Task ExecuteAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(
        SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
