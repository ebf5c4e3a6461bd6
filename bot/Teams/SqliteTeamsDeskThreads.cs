using HandoffBot.Storage;
using Microsoft.Data.Sqlite;

namespace HandoffBot.Teams;

/// <summary>Which Teams post and thread belong to which case, in the bot's database (so a restart keeps the threads working).</summary>
public sealed class SqliteTeamsDeskThreads(SqliteDatabase database)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS teams_desk_thread (
            thread_id  TEXT NOT NULL PRIMARY KEY,
            handoff_id TEXT NOT NULL,
            card_id    TEXT NOT NULL,
            channel    TEXT NOT NULL,
            posted_utc TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_teams_desk_thread_handoff ON teams_desk_thread (handoff_id, posted_utc);
        """;

    public async Task AddAsync(TeamsDeskThread thread, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO teams_desk_thread (thread_id, handoff_id, card_id, channel, posted_utc) VALUES ($thread, $handoff, $card, $channel, $at)
            ON CONFLICT (thread_id) DO NOTHING;
            """;
        command.Parameters.AddWithValue("$thread", thread.ThreadId);
        command.Parameters.AddWithValue("$handoff", thread.HandoffId);
        command.Parameters.AddWithValue("$card", thread.CardId);
        command.Parameters.AddWithValue("$channel", thread.Channel);
        command.Parameters.AddWithValue("$at", SqliteTime.Format(thread.PostedUtc));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The post a thread grows under, if it is a case's.</summary>
    public async Task<TeamsDeskThread?> FindAsync(string threadId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT thread_id, handoff_id, card_id, channel, posted_utc FROM teams_desk_thread WHERE thread_id = $thread;";
        command.Parameters.AddWithValue("$thread", threadId);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>A case's posts, oldest first; the last is where the case is worked now.</summary>
    public async Task<IReadOnlyList<TeamsDeskThread>> ListAsync(string handoffId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT thread_id, handoff_id, card_id, channel, posted_utc FROM teams_desk_thread WHERE handoff_id = $handoff ORDER BY posted_utc, rowid;";
        command.Parameters.AddWithValue("$handoff", handoffId);
        return await ReadAsync(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<TeamsDeskThread>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var threads = new List<TeamsDeskThread>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            threads.Add(new TeamsDeskThread(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), SqliteTime.Parse(reader.GetString(4))));
        }

        return threads;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenConnectionAsync("teams_desk", Schema, cancellationToken);
}
