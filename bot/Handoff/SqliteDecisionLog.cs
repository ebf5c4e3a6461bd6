using System.Globalization;
using HandoffBot.Insights;
using HandoffBot.Storage;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;

namespace HandoffBot.Handoff;

/// <summary>
/// Every handoff decision (including "none"), with its triggers and evidence, kept for the weekly review of what the
/// bot escalated and why. Writes go to the bot's database; the table is created on first use.
/// </summary>
public sealed class SqliteDecisionLog(SqliteDatabase database, HandoffInstruments instruments, TimeProvider timeProvider)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS handoff_decision (
            seq             INTEGER PRIMARY KEY AUTOINCREMENT,
            channel_id      TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            activity_id     TEXT,
            action          TEXT NOT NULL,
            created_utc     TEXT NOT NULL,
            json            TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_handoff_decision_conversation ON handoff_decision (channel_id, conversation_id, seq);
        """;

    public async Task RecordAsync(string channelId, string conversationId, string? activityId, HandoffDecisionTrace decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        instruments.Decided(decision.Action);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO handoff_decision (channel_id, conversation_id, activity_id, action, created_utc, json)
            VALUES ($channel, $conversation, $activity, $action, $created, $json);
            """;
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$conversation", conversationId);
        command.Parameters.AddWithValue("$activity", (object?)activityId ?? DBNull.Value);
        command.Parameters.AddWithValue("$action", decision.Action);
        command.Parameters.AddWithValue("$created", timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$json", JsonConvert.SerializeObject(decision));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Conversations the handoff engine saw a customer message in between two moments, each with the first such moment.</summary>
    public async Task<IReadOnlyList<(string Conversation, DateTimeOffset FirstUtc)>> ConversationsAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT channel_id || '/' || conversation_id, min(created_utc) FROM handoff_decision
            WHERE created_utc >= $from AND created_utc < $to GROUP BY channel_id, conversation_id;
            """;
        // Stored as round-trip text in UTC ("+00:00"): compared as text, the bounds must be written the same way.
        command.Parameters.AddWithValue("$from", fromUtc.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$to", toUtc.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        var conversations = new List<(string, DateTimeOffset)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            conversations.Add((reader.GetString(0), DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)));
        }

        return conversations;
    }

    /// <summary>A conversation's decisions, oldest first.</summary>
    public async Task<IReadOnlyList<HandoffDecisionTrace>> ListAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM handoff_decision WHERE channel_id = $channel AND conversation_id = $conversation ORDER BY seq;";
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$conversation", conversationId);
        var decisions = new List<HandoffDecisionTrace>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            decisions.Add(JsonConvert.DeserializeObject<HandoffDecisionTrace>(reader.GetString(0))!);
        }

        return decisions;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) =>
        database.OpenConnectionAsync("handoff_decision", Schema, cancellationToken);
}
