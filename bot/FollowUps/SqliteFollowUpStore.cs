using System.Globalization;
using HandoffBot.Storage;
using Microsoft.Data.Sqlite;

namespace HandoffBot.FollowUps;

/// <summary>
/// The built-in ticket store for follow-ups, in the bot's database. One ticket per handoff case (a unique index), so a
/// customer who asks for an email and then leaves, or leaves twice, never yields duplicates.
/// </summary>
public sealed class SqliteFollowUpStore(SqliteDatabase database, TimeProvider timeProvider)
{
    private const string Prefix = "FU-";

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS followup (
            seq             INTEGER PRIMARY KEY AUTOINCREMENT,
            handoff_id      TEXT NOT NULL UNIQUE,
            channel_id      TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            customer_id     TEXT,
            customer_name   TEXT,
            skill           TEXT NOT NULL,
            contact_method  TEXT NOT NULL,
            email           TEXT,
            phone           TEXT,
            callback_utc    TEXT,
            reason          TEXT NOT NULL,
            summary         TEXT NOT NULL,
            status          TEXT NOT NULL,
            created_utc     TEXT NOT NULL,
            closed_utc      TEXT,
            closed_by       TEXT
        );
        CREATE INDEX IF NOT EXISTS ix_followup_status ON followup (status, seq);
        """;

    private const string Columns = """
        seq, handoff_id, channel_id, conversation_id, customer_id, customer_name, skill, contact_method, email, phone,
        callback_utc, reason, summary, status, created_utc, closed_utc, closed_by
        """;

    /// <summary>Opens a ticket for the case, or returns the one it already has.</summary>
    public async Task<FollowUpTicket> CreateAsync(NewFollowUp request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var handoff = request.Case;
        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO followup (handoff_id, channel_id, conversation_id, customer_id, customer_name, skill, contact_method, email, phone,
                                  callback_utc, reason, summary, status, created_utc)
            VALUES ($handoff, $channel, $conversation, $customerId, $customerName, $skill, $method, $email, $phone,
                    $callback, $reason, $summary, 'open', $created)
            ON CONFLICT (handoff_id) DO NOTHING;
            """;
        insert.Parameters.AddWithValue("$handoff", handoff.HandoffId);
        insert.Parameters.AddWithValue("$channel", handoff.Conversation.ChannelId);
        insert.Parameters.AddWithValue("$conversation", handoff.Conversation.Conversation.Id);
        insert.Parameters.AddWithValue("$customerId", (object?)(handoff.Customer?.Value<string>("id") ?? handoff.Conversation.User?.Id) ?? DBNull.Value);
        insert.Parameters.AddWithValue("$customerName", (object?)(handoff.Customer?.Value<string>("name") ?? handoff.Conversation.User?.Name) ?? DBNull.Value);
        insert.Parameters.AddWithValue("$skill", handoff.Skill);
        insert.Parameters.AddWithValue("$method", request.ContactMethod);
        insert.Parameters.AddWithValue("$email", (object?)request.Email ?? DBNull.Value);
        insert.Parameters.AddWithValue("$phone", (object?)request.Phone ?? DBNull.Value);
        insert.Parameters.AddWithValue("$callback", (object?)request.CallbackUtc?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) ?? DBNull.Value);
        insert.Parameters.AddWithValue("$reason", request.Reason);
        insert.Parameters.AddWithValue("$summary", handoff.Summary);
        insert.Parameters.AddWithValue("$created", Now());
        await insert.ExecuteNonQueryAsync(cancellationToken);
        return (await QueryAsync(connection, "WHERE handoff_id = $p", handoff.HandoffId, cancellationToken)).Single();
    }

    public async Task<FollowUpTicket?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (Sequence(id) is not { } seq)
        {
            return null;
        }

        await using var connection = await OpenAsync(cancellationToken);
        return (await QueryAsync(connection, "WHERE seq = $p", seq, cancellationToken)).SingleOrDefault();
    }

    public async Task<FollowUpTicket?> FindByHandoffAsync(string handoffId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await QueryAsync(connection, "WHERE handoff_id = $p", handoffId, cancellationToken)).SingleOrDefault();
    }

    /// <summary>Tickets, newest first; only those with <paramref name="status"/> when given.</summary>
    public async Task<IReadOnlyList<FollowUpTicket>> ListAsync(string? status, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return status is null
            ? await QueryAsync(connection, "ORDER BY seq DESC", null, cancellationToken)
            : await QueryAsync(connection, "WHERE status = $p ORDER BY seq DESC", status, cancellationToken);
    }

    /// <summary>Closes an open ticket (closing a closed one changes nothing); null when there is no such ticket.</summary>
    public async Task<FollowUpTicket?> CloseAsync(string id, string closedBy, CancellationToken cancellationToken)
    {
        if (Sequence(id) is not { } seq)
        {
            return null;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE followup SET status = 'closed', closed_utc = $now, closed_by = $by WHERE seq = $seq AND status = 'open';";
        update.Parameters.AddWithValue("$seq", seq);
        update.Parameters.AddWithValue("$now", Now());
        update.Parameters.AddWithValue("$by", closedBy);
        await update.ExecuteNonQueryAsync(cancellationToken);
        return (await QueryAsync(connection, "WHERE seq = $p", seq, cancellationToken)).SingleOrDefault();
    }

    private static long? Sequence(string id) =>
        id.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
        && long.TryParse(id.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
            ? seq
            : null;

    private static async Task<List<FollowUpTicket>> QueryAsync(SqliteConnection connection, string where, object? parameter, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM followup {where};";
        if (parameter is not null)
        {
            command.Parameters.AddWithValue("$p", parameter);
        }

        var tickets = new List<FollowUpTicket>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tickets.Add(new FollowUpTicket
            {
                Id = Prefix + reader.GetInt64(0).ToString("0000", CultureInfo.InvariantCulture),
                HandoffId = reader.GetString(1),
                ChannelId = reader.GetString(2),
                ConversationId = reader.GetString(3),
                CustomerId = Text(reader, 4),
                CustomerName = Text(reader, 5),
                Skill = reader.GetString(6),
                ContactMethod = reader.GetString(7),
                Email = Text(reader, 8),
                Phone = Text(reader, 9),
                CallbackUtc = Time(reader, 10),
                Reason = reader.GetString(11),
                Summary = reader.GetString(12),
                Status = reader.GetString(13),
                CreatedUtc = Time(reader, 14)!.Value,
                ClosedUtc = Time(reader, 15),
                ClosedBy = Text(reader, 16),
            });
        }

        return tickets;
    }

    private static string? Text(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static DateTimeOffset? Time(SqliteDataReader reader, int i) =>
        reader.IsDBNull(i) ? null : DateTimeOffset.Parse(reader.GetString(i), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenConnectionAsync("followup", Schema, cancellationToken);

    private string Now() => timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
