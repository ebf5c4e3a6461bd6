using HandoffBot.Adapters.Slack;
using HandoffBot.Storage;
using Microsoft.Bot.Schema;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;

namespace HandoffBot.Slack;

/// <summary>The Slack channel's inbox in the bot's database: accepted events and their turns, and the bot's channel threads.</summary>
public sealed class SqliteSlackInbox(SqliteDatabase database, TimeProvider timeProvider) : ISlackInbox
{
    /// <summary>How long a run event's id is kept against retries; Slack retries for about an hour.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromDays(1);

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS slack_event (
            event_id     TEXT NOT NULL PRIMARY KEY,
            activity     TEXT,
            accepted_utc TEXT NOT NULL,
            done         INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX IF NOT EXISTS ix_slack_event_pending ON slack_event (done, accepted_utc);
        CREATE TABLE IF NOT EXISTS slack_thread (
            conversation_id TEXT NOT NULL PRIMARY KEY,
            created_utc     TEXT NOT NULL
        );
        """;

    public async Task<bool> TryAcceptAsync(string eventId, Activity activity, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO slack_event (event_id, activity, accepted_utc) VALUES ($id, $activity, $at) ON CONFLICT (event_id) DO NOTHING;";
        command.Parameters.AddWithValue("$id", eventId);
        command.Parameters.AddWithValue("$activity", JsonConvert.SerializeObject(activity));
        command.Parameters.AddWithValue("$at", SqliteTime.Format(timeProvider.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public Task ReleaseAsync(string eventId, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM slack_event WHERE event_id = $id;", eventId, cancellationToken);

    public Task CompleteAsync(string eventId, CancellationToken cancellationToken) =>
        // The message itself is in the transcript (masked); here only the id stays, against late retries.
        ExecuteAsync("UPDATE slack_event SET done = 1, activity = NULL WHERE event_id = $id;", eventId, cancellationToken);

    public async Task<IReadOnlyList<(string EventId, Activity Activity)>> PendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using (var prune = connection.CreateCommand())
        {
            prune.CommandText = "DELETE FROM slack_event WHERE done = 1 AND accepted_utc < $cutoff;";
            prune.Parameters.AddWithValue("$cutoff", SqliteTime.Format(timeProvider.GetUtcNow() - Memory));
            await prune.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT event_id, activity FROM slack_event WHERE done = 0 ORDER BY accepted_utc, rowid;";
        var pending = new List<(string, Activity)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (JsonConvert.DeserializeObject<Activity>(reader.GetString(1)) is { } activity)
            {
                pending.Add((reader.GetString(0), activity));
            }
        }

        return pending;
    }

    public async Task AddThreadAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO slack_thread (conversation_id, created_utc) VALUES ($id, $at) ON CONFLICT (conversation_id) DO NOTHING;";
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$at", SqliteTime.Format(timeProvider.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> HasThreadAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM slack_thread WHERE conversation_id = $id;";
        command.Parameters.AddWithValue("$id", conversationId);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private async Task ExecuteAsync(string sql, string eventId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", eventId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenConnectionAsync("slack_inbox", Schema, cancellationToken);
}
