using HandoffBot.Storage;
using Microsoft.Data.Sqlite;

namespace HandoffBot.Integrations;

/// <summary>
/// The outbox in the bot's database: each outbound integration call recorded once (by its idempotency key), claimed by
/// the worker under a lease, delivered in order per connector and case, retried later, or parked. Nothing is lost by a
/// restart: a pending item waits in the table, and one a dead process was sending is claimed again when its lease ends.
/// </summary>
public sealed class SqliteOutbox(SqliteDatabase database, TimeProvider timeProvider)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS integration_outbox (
            id               INTEGER PRIMARY KEY AUTOINCREMENT,
            connector        TEXT NOT NULL,
            operation        TEXT NOT NULL,
            handoff_id       TEXT,
            idempotency_key  TEXT NOT NULL UNIQUE,
            payload          TEXT NOT NULL,
            status           TEXT NOT NULL,
            attempts         INTEGER NOT NULL DEFAULT 0,
            next_attempt_utc TEXT NOT NULL,
            lease_until      TEXT,
            last_error       TEXT,
            created_utc      TEXT NOT NULL,
            delivered_utc    TEXT
        );
        CREATE INDEX IF NOT EXISTS ix_integration_outbox_due ON integration_outbox (status, next_attempt_utc);
        """;

    // An item waits while an earlier one of its connector and case is not delivered (a parked create holds back its
    // comments), and is then neither claimed nor counted as due.
    private const string NotHeldBack = """
        NOT EXISTS (
            SELECT 1 FROM integration_outbox e
            WHERE e.connector = o.connector AND e.handoff_id = o.handoff_id AND e.id < o.id AND e.status <> 'delivered')
        """;

    private const string Columns =
        "id, connector, operation, handoff_id, idempotency_key, payload, status, attempts, next_attempt_utc, last_error, created_utc, delivered_utc";

    /// <summary>Records a request; false when one with the same idempotency key is already there.</summary>
    public async Task<bool> EnqueueAsync(OutboxRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO integration_outbox (connector, operation, handoff_id, idempotency_key, payload, status, next_attempt_utc, created_utc)
            VALUES ($connector, $operation, $handoff, $key, $payload, 'pending', $now, $now)
            ON CONFLICT (idempotency_key) DO NOTHING;
            """;
        command.Parameters.AddWithValue("$connector", request.Connector);
        command.Parameters.AddWithValue("$operation", request.Operation);
        command.Parameters.AddWithValue("$handoff", (object?)request.HandoffId ?? DBNull.Value);
        command.Parameters.AddWithValue("$key", request.IdempotencyKey);
        command.Parameters.AddWithValue("$payload", request.Payload);
        command.Parameters.AddWithValue("$now", SqliteTime.Format(timeProvider.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>
    /// Claims up to <paramref name="max"/> items due now (pending and due, or sending with an ended lease), counting the
    /// attempt: never one whose connector still has an earlier item for the same case undelivered.
    /// </summary>
    public async Task<IReadOnlyList<OutboxItem>> ClaimDueAsync(TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            UPDATE integration_outbox SET status = 'sending', attempts = attempts + 1, lease_until = $lease
            WHERE id IN (
                SELECT o.id FROM integration_outbox o
                WHERE ((o.status = 'pending' AND o.next_attempt_utc <= $now) OR (o.status = 'sending' AND o.lease_until <= $now))
                  AND {NotHeldBack}
                ORDER BY o.id LIMIT $max)
            RETURNING {Columns};
            """;
        command.Parameters.AddWithValue("$now", SqliteTime.Format(now));
        command.Parameters.AddWithValue("$lease", SqliteTime.Format(now + lease));
        command.Parameters.AddWithValue("$max", max);
        return [.. (await ReadAsync(command, cancellationToken)).OrderBy(i => i.Id)];
    }

    /// <summary>When the next item falls due (a retry's time, or a lease's end), if any is waiting and not held back.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT min(CASE o.status WHEN 'pending' THEN o.next_attempt_utc ELSE o.lease_until END)
            FROM integration_outbox o WHERE o.status IN ('pending', 'sending') AND {NotHeldBack};
            """;
        return await command.ExecuteScalarAsync(cancellationToken) is string due ? SqliteTime.Parse(due) : null;
    }

    public Task DeliveredAsync(long id, CancellationToken cancellationToken) =>
        UpdateAsync(id, "status = 'delivered', delivered_utc = $now, lease_until = NULL, last_error = NULL", null, null, cancellationToken);

    public Task RetryLaterAsync(long id, DateTimeOffset at, string error, CancellationToken cancellationToken) =>
        UpdateAsync(id, "status = 'pending', next_attempt_utc = $at, lease_until = NULL, last_error = $error", at, error, cancellationToken);

    public Task ParkAsync(long id, string error, CancellationToken cancellationToken) =>
        UpdateAsync(id, "status = 'parked', lease_until = NULL, last_error = $error", null, error, cancellationToken);

    /// <summary>A supervisor's retry of a parked item: due now, with a fresh count of attempts. False when it is not parked.</summary>
    public async Task<bool> ReleaseAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE integration_outbox SET status = 'pending', attempts = 0, next_attempt_utc = $now WHERE id = $id AND status = 'parked';";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$now", SqliteTime.Format(timeProvider.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Items in one status (all when null), newest first, at most <paramref name="max"/>.</summary>
    public async Task<IReadOnlyList<OutboxItem>> ListAsync(string? status, int max, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM integration_outbox WHERE $status IS NULL OR status = $status ORDER BY id DESC LIMIT $max;";
        command.Parameters.AddWithValue("$status", (object?)status ?? DBNull.Value);
        command.Parameters.AddWithValue("$max", max);
        return await ReadAsync(command, cancellationToken);
    }

    /// <summary>How many items are in each status.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status, count(*) FROM integration_outbox GROUP BY status;";
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return counts;
    }

    private async Task UpdateAsync(long id, string set, DateTimeOffset? at, string? error, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE integration_outbox SET {set} WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$now", SqliteTime.Format(timeProvider.GetUtcNow()));
        command.Parameters.AddWithValue("$at", at is { } time ? SqliteTime.Format(time) : DBNull.Value);
        command.Parameters.AddWithValue("$error", (object?)error ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<List<OutboxItem>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var items = new List<OutboxItem>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new OutboxItem(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                Text(reader, 3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                reader.GetInt32(7),
                SqliteTime.Parse(reader.GetString(8)),
                Text(reader, 9),
                SqliteTime.Parse(reader.GetString(10)),
                Text(reader, 11) is { } delivered ? SqliteTime.Parse(delivered) : null));
        }

        return items;
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenConnectionAsync("integration_outbox", Schema, cancellationToken);
}
