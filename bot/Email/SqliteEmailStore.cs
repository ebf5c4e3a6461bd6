using HandoffBot.Adapters.Email;
using HandoffBot.Storage;
using Microsoft.Bot.Schema;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;

namespace HandoffBot.Email;

/// <summary>The email channel's store in the bot's database: mail taken and its turns, how far the mailbox was read, threads.</summary>
public sealed class SqliteEmailStore(SqliteDatabase database, TimeProvider timeProvider) : IEmailStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS email_inbox (
            message_id   TEXT NOT NULL PRIMARY KEY,
            activity     TEXT,
            note         TEXT,
            accepted_utc TEXT NOT NULL,
            done         INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX IF NOT EXISTS ix_email_inbox_pending ON email_inbox (done, accepted_utc);
        CREATE TABLE IF NOT EXISTS email_mailbox (
            folder       TEXT NOT NULL PRIMARY KEY,
            uid_validity INTEGER NOT NULL,
            last_uid     INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS email_thread (
            conversation_id  TEXT NOT NULL PRIMARY KEY,
            customer_address TEXT NOT NULL,
            subject_key      TEXT NOT NULL,
            thread           TEXT NOT NULL,
            updated_utc      TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_email_thread_subject ON email_thread (customer_address, subject_key, updated_utc);
        CREATE TABLE IF NOT EXISTS email_message (
            message_id      TEXT NOT NULL PRIMARY KEY,
            conversation_id TEXT NOT NULL
        );
        """;

    public async Task<bool> TryAcceptAsync(string messageId, Activity? activity, string? note, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO email_inbox (message_id, activity, note, accepted_utc, done) VALUES ($id, $activity, $note, $at, $done)
            ON CONFLICT (message_id) DO NOTHING;
            """;
        command.Parameters.AddWithValue("$id", messageId);
        command.Parameters.AddWithValue("$activity", activity is null ? DBNull.Value : JsonConvert.SerializeObject(activity));
        command.Parameters.AddWithValue("$note", (object?)note ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", SqliteTime.Format(timeProvider.GetUtcNow()));
        command.Parameters.AddWithValue("$done", activity is null ? 1 : 0);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task CompleteAsync(string messageId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // The message itself is in the transcript (masked); here only the id stays, so the mail is never taken twice.
        command.CommandText = "UPDATE email_inbox SET done = 1, activity = NULL WHERE message_id = $id;";
        command.Parameters.AddWithValue("$id", messageId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<(string MessageId, Activity Activity)>> PendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT message_id, activity FROM email_inbox WHERE done = 0 ORDER BY accepted_utc, rowid;";
        var pending = new List<(string, Activity)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!await reader.IsDBNullAsync(1, cancellationToken) && JsonConvert.DeserializeObject<Activity>(reader.GetString(1)) is { } activity)
            {
                pending.Add((reader.GetString(0), activity));
            }
        }

        return pending;
    }

    public async Task<uint?> LastUidAsync(string folder, uint uidValidity, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // Another UIDVALIDITY means the server renumbered the folder: everything is read again, and Message-IDs
        // already taken are skipped.
        command.CommandText = "SELECT last_uid FROM email_mailbox WHERE folder = $folder AND uid_validity = $validity;";
        command.Parameters.AddWithValue("$folder", folder);
        command.Parameters.AddWithValue("$validity", (long)uidValidity);
        return await command.ExecuteScalarAsync(cancellationToken) is long last ? (uint)last : null;
    }

    public async Task SaveLastUidAsync(string folder, uint uidValidity, uint uid, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO email_mailbox (folder, uid_validity, last_uid) VALUES ($folder, $validity, $uid)
            ON CONFLICT (folder) DO UPDATE SET uid_validity = excluded.uid_validity, last_uid = excluded.last_uid;
            """;
        command.Parameters.AddWithValue("$folder", folder);
        command.Parameters.AddWithValue("$validity", (long)uidValidity);
        command.Parameters.AddWithValue("$uid", (long)uid);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<EmailThread?> FindThreadAsync(IReadOnlyCollection<string> messageIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var names = messageIds.Select((id, i) => { command.Parameters.AddWithValue($"$m{i}", id); return $"$m{i}"; });
        command.CommandText = $"""
            SELECT t.thread FROM email_message m JOIN email_thread t ON t.conversation_id = m.conversation_id
            WHERE m.message_id IN ({string.Join(", ", names)}) ORDER BY t.updated_utc DESC LIMIT 1;
            """;
        return Parse(await command.ExecuteScalarAsync(cancellationToken));
    }

    public async Task<EmailThread?> FindThreadBySubjectAsync(string customerAddress, string subjectKey, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT thread FROM email_thread WHERE customer_address = $address AND subject_key = $key
            ORDER BY updated_utc DESC LIMIT 1;
            """;
        command.Parameters.AddWithValue("$address", customerAddress.ToLowerInvariant());
        command.Parameters.AddWithValue("$key", subjectKey);
        return Parse(await command.ExecuteScalarAsync(cancellationToken));
    }

    public async Task<EmailThread?> GetThreadAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT thread FROM email_thread WHERE conversation_id = $id;";
        command.Parameters.AddWithValue("$id", conversationId);
        return Parse(await command.ExecuteScalarAsync(cancellationToken));
    }

    public async Task SaveThreadAsync(EmailThread thread, string messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                INSERT INTO email_thread (conversation_id, customer_address, subject_key, thread, updated_utc)
                VALUES ($id, $address, $key, $thread, $at)
                ON CONFLICT (conversation_id) DO UPDATE SET thread = excluded.thread, updated_utc = excluded.updated_utc;
                """;
            command.Parameters.AddWithValue("$id", thread.ConversationId);
            command.Parameters.AddWithValue("$address", thread.CustomerAddress.ToLowerInvariant());
            command.Parameters.AddWithValue("$key", EmailSubject.Key(thread.Subject));
            command.Parameters.AddWithValue("$thread", System.Text.Json.JsonSerializer.Serialize(thread));
            command.Parameters.AddWithValue("$at", SqliteTime.Format(timeProvider.GetUtcNow()));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "INSERT INTO email_message (message_id, conversation_id) VALUES ($message, $id) ON CONFLICT (message_id) DO NOTHING;";
            command.Parameters.AddWithValue("$message", messageId);
            command.Parameters.AddWithValue("$id", thread.ConversationId);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static EmailThread? Parse(object? json) => json is string text ? System.Text.Json.JsonSerializer.Deserialize<EmailThread>(text) : null;

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenConnectionAsync("email_store", Schema, cancellationToken);
}
