using System.Globalization;
using HandoffBot.Adapters.DirectLine;
using HandoffBot.Storage;
using Microsoft.Data.Sqlite;

namespace HandoffBot.WebChat;

/// <summary>
/// The Direct Line endpoint's conversations and activity logs in the bot's database, so a reloaded page (or a
/// restarted bot) resumes a conversation with its history; also keeps the generated site secret.
/// </summary>
public sealed class SqliteDirectLineStore(SqliteDatabase database) : IDirectLineStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS directline_conversation (
            id          TEXT NOT NULL PRIMARY KEY,
            user_id     TEXT,
            created_utc TEXT NOT NULL,
            started     INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE IF NOT EXISTS directline_activity (
            conversation_id TEXT NOT NULL,
            seq             INTEGER NOT NULL,
            json            TEXT NOT NULL,
            PRIMARY KEY (conversation_id, seq)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS directline_setting (
            name  TEXT NOT NULL PRIMARY KEY,
            value TEXT NOT NULL
        );
        """;

    public async Task<bool> CreateConversationAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO directline_conversation (id, user_id, created_utc, started) VALUES ($id, $user, $created, $started)
            ON CONFLICT DO NOTHING;
            """;
        command.Parameters.AddWithValue("$id", conversation.Id);
        command.Parameters.AddWithValue("$user", (object?)conversation.UserId ?? DBNull.Value);
        command.Parameters.AddWithValue("$created", conversation.CreatedUtc.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$started", conversation.Started ? 1 : 0);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<DirectLineConversation?> FindConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT user_id, created_utc, started FROM directline_conversation WHERE id = $id;";
        command.Parameters.AddWithValue("$id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new DirectLineConversation(
            conversationId,
            await reader.IsDBNullAsync(0, cancellationToken) ? null : reader.GetString(0),
            DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            reader.GetInt64(2) == 1);
    }

    public async Task<bool> MarkStartedAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE directline_conversation SET started = 1 WHERE id = $id AND started = 0;";
        command.Parameters.AddWithValue("$id", conversationId);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<long> GetLastSequenceAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(seq), 0) FROM directline_activity WHERE conversation_id = $id;";
        command.Parameters.AddWithValue("$id", conversationId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task AppendAsync(string conversationId, long sequence, string activityJson, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO directline_activity (conversation_id, seq, json) VALUES ($id, $seq, $json);";
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$seq", sequence);
        command.Parameters.AddWithValue("$json", activityJson);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<(long Sequence, string ActivityJson)>> ReadAsync(string conversationId, long afterSequence, int max, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, json FROM directline_activity WHERE conversation_id = $id AND seq > $after ORDER BY seq LIMIT $max;";
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$after", afterSequence);
        command.Parameters.AddWithValue("$max", max);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(long, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetInt64(0), reader.GetString(1)));
        }

        return rows;
    }

    public async Task<string> GetOrAddSettingAsync(string name, string value, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // One statement, so two processes starting together end up with the same value.
        command.CommandText = """
            INSERT INTO directline_setting (name, value) VALUES ($name, $value) ON CONFLICT DO NOTHING;
            SELECT value FROM directline_setting WHERE name = $name;
            """;
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$value", value);
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) =>
        database.OpenConnectionAsync(nameof(SqliteDirectLineStore), Schema, cancellationToken);
}
