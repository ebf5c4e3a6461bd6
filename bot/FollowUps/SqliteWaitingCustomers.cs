using HandoffBot.Storage;
using Microsoft.Data.Sqlite;

namespace HandoffBot.FollowUps;

/// <summary>
/// When each waiting customer last wrote, in the bot's database, so that the inactivity monitor finds the silent ones
/// in any process (and after a restart) without reading every conversation's state.
/// </summary>
public sealed class SqliteWaitingCustomers(SqliteDatabase database)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS followup_waiting (
            handoff_id      TEXT NOT NULL PRIMARY KEY,
            channel_id      TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            last_seen_utc   TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_followup_waiting_seen ON followup_waiting (last_seen_utc);
        """;

    public async Task SeenAsync(WaitingCustomer customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO followup_waiting (handoff_id, channel_id, conversation_id, last_seen_utc) VALUES ($id, $channel, $conversation, $seen)
            ON CONFLICT (handoff_id) DO UPDATE SET last_seen_utc = excluded.last_seen_utc;
            """;
        command.Parameters.AddWithValue("$id", customer.HandoffId);
        command.Parameters.AddWithValue("$channel", customer.ChannelId);
        command.Parameters.AddWithValue("$conversation", customer.ConversationId);
        command.Parameters.AddWithValue("$seen", SqliteTime.Format(customer.LastSeenUtc));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ForgetAsync(string handoffId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM followup_waiting WHERE handoff_id = $id;";
        command.Parameters.AddWithValue("$id", handoffId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Customers who have not written since <paramref name="cutoff"/>, longest silent first.</summary>
    public async Task<IReadOnlyList<WaitingCustomer>> SilentSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT handoff_id, channel_id, conversation_id, last_seen_utc FROM followup_waiting WHERE last_seen_utc <= $cutoff ORDER BY last_seen_utc;";
        command.Parameters.AddWithValue("$cutoff", SqliteTime.Format(cutoff));
        var silent = new List<WaitingCustomer>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            silent.Add(new WaitingCustomer(
                reader.GetString(0), reader.GetString(1), reader.GetString(2),
                SqliteTime.Parse(reader.GetString(3))));
        }

        return silent;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenConnectionAsync("followup_waiting", Schema, cancellationToken);
}
