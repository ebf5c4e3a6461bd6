using System.Globalization;
using HandoffBot.Handoff;
using HandoffBot.Storage;
using Microsoft.Bot.Schema;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;

namespace HandoffBot.Agents;

/// <summary>
/// The agent hub's case store in the bot's database: every handoff, its state and the customer messages that came
/// while it waited. At most one open case per conversation, enforced by a unique index, so opening is idempotent
/// even when two processes race. The queue, routing and console of the live-agent issue work on these rows.
/// </summary>
public sealed class SqliteAgentHub(SqliteDatabase database, TimeProvider timeProvider) : IAgentHub
{
    /// <summary>Used for wait estimates until real handle times are measured.</summary>
    public static readonly TimeSpan AverageHandleTime = TimeSpan.FromMinutes(4);

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS handoff_case (
            id              TEXT NOT NULL PRIMARY KEY,
            channel_id      TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            status          TEXT NOT NULL,
            priority        INTEGER NOT NULL,
            skill           TEXT NOT NULL,
            created_utc     TEXT NOT NULL,
            closed_utc      TEXT,
            json            TEXT NOT NULL
        );
        CREATE UNIQUE INDEX IF NOT EXISTS ux_handoff_open ON handoff_case (channel_id, conversation_id) WHERE status = 'open';
        CREATE TABLE IF NOT EXISTS handoff_message (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            handoff_id  TEXT NOT NULL REFERENCES handoff_case (id),
            created_utc TEXT NOT NULL,
            json        TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_handoff_message ON handoff_message (handoff_id, seq);
        """;

    public async Task<HandoffCase> OpenAsync(HandoffCase handoff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO handoff_case (id, channel_id, conversation_id, status, priority, skill, created_utc, json)
            VALUES ($id, $channel, $conversation, 'open', $priority, $skill, $created, $json)
            ON CONFLICT DO NOTHING;
            """;
        insert.Parameters.AddWithValue("$id", handoff.HandoffId);
        insert.Parameters.AddWithValue("$channel", handoff.Conversation.ChannelId);
        insert.Parameters.AddWithValue("$conversation", handoff.Conversation.Conversation.Id);
        insert.Parameters.AddWithValue("$priority", handoff.Priority);
        insert.Parameters.AddWithValue("$skill", handoff.Skill);
        insert.Parameters.AddWithValue("$created", handoff.CreatedUtc.ToString("O", CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$json", JsonConvert.SerializeObject(handoff));
        if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            return handoff;
        }

        return await FindOpenAsync(connection, handoff.Conversation.ChannelId, handoff.Conversation.Conversation.Id, cancellationToken)
            ?? throw new InvalidOperationException($"Handoff {handoff.HandoffId} could not be opened and no open case exists.");
    }

    public async Task<HandoffCase?> FindOpenAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await FindOpenAsync(connection, channelId, conversationId, cancellationToken);
    }

    /// <summary>The customer messages appended to a case while it waited, oldest first.</summary>
    public async Task<IReadOnlyList<Activity>> GetCustomerMessagesAsync(string handoffId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM handoff_message WHERE handoff_id = $id ORDER BY seq;";
        command.Parameters.AddWithValue("$id", handoffId);
        var messages = new List<Activity>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            messages.Add(JsonConvert.DeserializeObject<Activity>(reader.GetString(0))!);
        }

        return messages;
    }

    public async Task AppendCustomerMessageAsync(string handoffId, IActivity message, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO handoff_message (handoff_id, created_utc, json) VALUES ($id, $now, $json);";
        command.Parameters.AddWithValue("$id", handoffId);
        command.Parameters.AddWithValue("$now", Now());
        command.Parameters.AddWithValue("$json", JsonConvert.SerializeObject(message));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task UpdateAsync(HandoffCase handoff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE handoff_case SET priority = $priority, skill = $skill, json = $json WHERE id = $id AND status = 'open';";
        command.Parameters.AddWithValue("$id", handoff.HandoffId);
        command.Parameters.AddWithValue("$priority", handoff.Priority);
        command.Parameters.AddWithValue("$skill", handoff.Skill);
        command.Parameters.AddWithValue("$json", JsonConvert.SerializeObject(handoff));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Cases of the same skill that will be served first, times an average handle time. A first estimate: the live
    /// queue (agents present, their recent handle times) refines it when the agent hub runs.
    /// </summary>
    public async Task<TimeSpan> EstimateWaitAsync(HandoffCase handoff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT count(*) FROM handoff_case
            WHERE status = 'open' AND skill = $skill AND id <> $id AND (priority > $priority OR (priority = $priority AND created_utc <= $created));
            """;
        command.Parameters.AddWithValue("$skill", handoff.Skill);
        command.Parameters.AddWithValue("$id", handoff.HandoffId);
        command.Parameters.AddWithValue("$priority", handoff.Priority);
        command.Parameters.AddWithValue("$created", handoff.CreatedUtc.ToString("O", CultureInfo.InvariantCulture));
        var ahead = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return AverageHandleTime * (ahead + 1);
    }

    public async Task CloseAsync(string handoffId, string outcome, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE handoff_case SET status = $outcome, closed_utc = $now WHERE id = $id AND status = 'open';";
        command.Parameters.AddWithValue("$id", handoffId);
        command.Parameters.AddWithValue("$outcome", outcome);
        command.Parameters.AddWithValue("$now", Now());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<HandoffCase?> FindOpenAsync(SqliteConnection connection, string channelId, string conversationId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM handoff_case WHERE channel_id = $channel AND conversation_id = $conversation AND status = 'open';";
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$conversation", conversationId);
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? JsonConvert.DeserializeObject<HandoffCase>(json) : null;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) =>
        database.OpenConnectionAsync("handoff_case", Schema, cancellationToken);

    private string Now() => timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
