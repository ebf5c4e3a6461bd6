using System.Globalization;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Storage;

/// <summary>
/// Bot state (<see cref="IStorage"/>) in one SQLite table, with optimistic concurrency: a write carrying the stored
/// eTag replaces it, <c>*</c> overwrites, no eTag creates the item only if it does not exist yet; anything else fails
/// with <see cref="StorageConflictException"/>.
/// Values are plain JSON (no .NET type names) and come back as <see cref="JObject"/> carrying an <c>eTag</c>.
/// </summary>
public sealed class SqliteStorage : IStorage
{
    public const string ETagProperty = "eTag";

    // No TypeNameHandling: type names in storage break on refactors and are a deserialization risk.
    private static readonly JsonSerializer StateSerializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
    });

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _timeProvider;

    public SqliteStorage(SqliteDatabase database, TimeProvider timeProvider)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    }

    /// <summary>A store on its own <see cref="SqliteDatabase"/> (tools and tests).</summary>
    public SqliteStorage(string connectionString)
        : this(new SqliteDatabase(connectionString), TimeProvider.System)
    {
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(keys.Length, StringComparer.Ordinal);
        if (keys.Length == 0)
        {
            return items;
        }

        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT key, etag, json FROM state WHERE key IN ({AddKeyParameters(command, keys)});";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var value = ParseJson(reader.GetString(2));
            if (value is JObject item)
            {
                item[ETagProperty] = reader.GetString(1);
            }

            items[reader.GetString(0)] = value;
        }

        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        var now = _timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        var written = new List<(object Value, string NewETag)>(changes.Count);

        await using var connection = await _database.OpenConnectionAsync(cancellationToken);

        // One IMMEDIATE transaction: the batch is applied whole or not at all, and a conflict rolls everything back.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (key, value) in changes)
        {
            if (value is null)
            {
                await DeleteKeysAsync(connection, transaction, [key], cancellationToken);
                continue;
            }

            var expectedETag = GetETag(value);
            var newETag = Guid.NewGuid().ToString("N");
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$etag", newETag);
            command.Parameters.AddWithValue("$json", Serialize(value));
            command.Parameters.AddWithValue("$now", now);

            if (expectedETag == "*")
            {
                // "*": an explicit overwrite, whatever is stored.
                command.CommandText = """
                    INSERT INTO state (key, etag, json, updated_utc) VALUES ($key, $etag, $json, $now)
                    ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, json = excluded.json, updated_utc = excluded.updated_utc;
                    """;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            else if (string.IsNullOrEmpty(expectedETag))
            {
                // No eTag means "I read nothing": BotState writes a new conversation's state this way. Stricter than
                // MemoryStorage on purpose: if another turn created the item meanwhile, overwriting it would lose
                // that turn's update, so it is a conflict and the turn is re-run on the stored state.
                command.CommandText = "INSERT INTO state (key, etag, json, updated_utc) VALUES ($key, $etag, $json, $now) ON CONFLICT (key) DO NOTHING;";
                if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    throw new StorageConflictException(key, expectedETag: null);
                }
            }
            else
            {
                // Compare-and-swap in one statement, so no other writer can slip in between the check and the write.
                // A row deleted since it was read is a conflict too: the eTag no longer names a stored version.
                command.CommandText = "UPDATE state SET etag = $etag, json = $json, updated_utc = $now WHERE key = $key AND etag = $old;";
                command.Parameters.AddWithValue("$old", expectedETag);
                if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    throw new StorageConflictException(key, expectedETag);
                }
            }

            written.Add((value, newETag));
        }

        await transaction.CommitAsync(cancellationToken);

        // Only after the commit: a failed batch leaves the callers' objects as they were.
        foreach (var (value, newETag) in written)
        {
            SetETag(value, newETag);
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return;
        }

        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await DeleteKeysAsync(connection, null, keys, cancellationToken);
    }

    /// <summary>Opens the database (creating it if needed) and runs a trivial query; throws when storage is unusable.</summary>
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM state WHERE key = '';";
        await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task DeleteKeysAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string[] keys, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"DELETE FROM state WHERE key IN ({AddKeyParameters(command, keys)});";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string AddKeyParameters(SqliteCommand command, string[] keys)
    {
        var names = new StringBuilder();
        for (var i = 0; i < keys.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(keys[i], nameof(keys));
            var name = "$k" + i.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(name, keys[i]);
            names.Append(i == 0 ? name : "," + name);
        }

        return names.ToString();
    }

    private static string Serialize(object value)
    {
        var token = JToken.FromObject(value, StateSerializer);
        if (token is JObject item)
        {
            // The eTag lives in its own column; the JSON holds only the data.
            RemoveETag(item);
        }

        return token.ToString(Formatting.None);
    }

    private static JToken ParseJson(string json)
    {
        // DateParseHandling.None keeps strings as written; typed reads (ToObject<T>) still convert dates.
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JToken.Load(reader);
    }

    private static string? GetETag(object value) => value switch
    {
        IStoreItem storeItem => storeItem.ETag,
        JObject item => item.GetValue(ETagProperty, StringComparison.OrdinalIgnoreCase) is { Type: not JTokenType.Null } token
            ? token.ToString()
            : null,
        IDictionary<string, object> dictionary => FindETagKey(dictionary) is { } key ? dictionary[key]?.ToString() : null,
        _ => null,
    };

    private static void SetETag(object value, string eTag)
    {
        switch (value)
        {
            case IStoreItem storeItem:
                storeItem.ETag = eTag;
                break;
            case JObject item:
                RemoveETag(item);
                item[ETagProperty] = eTag;
                break;
            case IDictionary<string, object> dictionary:
                // BotState keeps this dictionary as its turn cache: a second save in the same turn must carry the new eTag.
                dictionary[FindETagKey(dictionary) ?? ETagProperty] = eTag;
                break;
        }
    }

    private static string? FindETagKey(IDictionary<string, object> dictionary) =>
        dictionary.Keys.FirstOrDefault(k => string.Equals(k, ETagProperty, StringComparison.OrdinalIgnoreCase));

    private static void RemoveETag(JObject item)
    {
        foreach (var property in item.Properties()
            .Where(p => string.Equals(p.Name, ETagProperty, StringComparison.OrdinalIgnoreCase))
            .ToList())
        {
            property.Remove();
        }
    }
}
