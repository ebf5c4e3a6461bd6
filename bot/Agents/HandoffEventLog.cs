using System.Globalization;
using System.Text.Json;
using HandoffBot.Storage;
using Microsoft.Data.Sqlite;

namespace HandoffBot.Agents;

/// <summary>
/// Every measured moment of every handoff (<see cref="HandoffEventKind"/>) with its time, in the bot's database, so
/// handoff rate, time to accept, time to first human response and CSAT by path can be computed at any time.
/// </summary>
public sealed class HandoffEventLog(SqliteDatabase database, TimeProvider timeProvider)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS handoff_event (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            handoff_id  TEXT NOT NULL,
            kind        TEXT NOT NULL,
            agent_id    TEXT,
            data        TEXT,
            created_utc TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_handoff_event ON handoff_event (handoff_id, kind);
        """;

    /// <summary>Records a moment now. <paramref name="data"/> is serialised as JSON (e.g. <c>new { rating = 4 }</c>).</summary>
    public async Task RecordAsync(string handoffId, string kind, string? agentId, object? data, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO handoff_event (handoff_id, kind, agent_id, data, created_utc) VALUES ($id, $kind, $agent, $data, $now);";
        command.Parameters.AddWithValue("$id", handoffId);
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$agent", (object?)agentId ?? DBNull.Value);
        command.Parameters.AddWithValue("$data", data is null ? DBNull.Value : JsonSerializer.Serialize(data));
        command.Parameters.AddWithValue("$now", timeProvider.GetUtcNow().ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Records <paramref name="kind"/> unless the handoff already has one (first agent message, say); true when recorded.</summary>
    public async Task<bool> RecordOnceAsync(string handoffId, string kind, string? agentId, CancellationToken cancellationToken)
    {
        await using (var connection = await OpenAsync(cancellationToken))
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT count(*) FROM handoff_event WHERE handoff_id = $id AND kind = $kind;";
            command.Parameters.AddWithValue("$id", handoffId);
            command.Parameters.AddWithValue("$kind", kind);
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0)
            {
                return false;
            }
        }

        await RecordAsync(handoffId, kind, agentId, null, cancellationToken);
        return true;
    }

    /// <summary>All events since <paramref name="sinceUtc"/> (all when null), oldest first.</summary>
    public async Task<IReadOnlyList<HandoffEvent>> ListAsync(DateTimeOffset? sinceUtc, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT handoff_id, kind, agent_id, data, created_utc FROM handoff_event WHERE created_utc >= $since ORDER BY seq;";
        command.Parameters.AddWithValue("$since", (sinceUtc ?? DateTimeOffset.MinValue).ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        var events = new List<HandoffEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new HandoffEvent(
                reader.GetString(0), reader.GetString(1), reader.GetValue(2) as string, reader.GetValue(3) as string,
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)));
        }

        return events;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) =>
        database.OpenConnectionAsync("handoff_event", Schema, cancellationToken);
}
