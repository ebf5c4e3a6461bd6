using System.Globalization;
using HandoffBot.Storage;
using Microsoft.Data.Sqlite;

namespace HandoffBot.Csat;

/// <summary>CSAT ratings in the bot's database, one row per rating.</summary>
public sealed class SqliteCsatStore(SqliteDatabase database) : ICsatRecorder
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS csat (
            seq             INTEGER PRIMARY KEY AUTOINCREMENT,
            handoff_id      TEXT NOT NULL,
            channel_id      TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            rating          INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
            comment         TEXT,
            recorded_utc    TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_csat_handoff ON csat (handoff_id);
        """;

    public async Task RecordAsync(CsatRating rating, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rating);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO csat (handoff_id, channel_id, conversation_id, rating, comment, recorded_utc)
            VALUES ($handoff, $channel, $conversation, $rating, $comment, $recorded);
            """;
        command.Parameters.AddWithValue("$handoff", rating.HandoffId);
        command.Parameters.AddWithValue("$channel", rating.ChannelId);
        command.Parameters.AddWithValue("$conversation", rating.ConversationId);
        command.Parameters.AddWithValue("$rating", rating.Rating);
        command.Parameters.AddWithValue("$comment", (object?)rating.Comment ?? DBNull.Value);
        command.Parameters.AddWithValue("$recorded", rating.RecordedUtc.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The ratings given for a handoff, oldest first.</summary>
    public async Task<IReadOnlyList<CsatRating>> ListAsync(string handoffId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT handoff_id, channel_id, conversation_id, rating, comment, recorded_utc FROM csat WHERE handoff_id = $handoff ORDER BY seq;";
        command.Parameters.AddWithValue("$handoff", handoffId);
        return await ReadAsync(command, cancellationToken);
    }

    /// <summary>The ratings of the bot alone (<see cref="CsatRating.AiOnly"/>) recorded from <paramref name="fromUtc"/> until before <paramref name="toUtc"/>.</summary>
    public async Task<IReadOnlyList<CsatRating>> ListAiOnlyAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT handoff_id, channel_id, conversation_id, rating, comment, recorded_utc FROM csat
            WHERE handoff_id = '' AND recorded_utc >= $from AND recorded_utc < $to ORDER BY seq;
            """;
        command.Parameters.AddWithValue("$from", fromUtc.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$to", toUtc.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        return await ReadAsync(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<CsatRating>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var ratings = new List<CsatRating>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ratings.Add(new CsatRating(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                Comment(reader),
                DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)));
        }

        return ratings;
    }

    private static string? Comment(SqliteDataReader reader) => reader.IsDBNull(4) ? null : reader.GetString(4);

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenConnectionAsync("csat", Schema, cancellationToken);
}
