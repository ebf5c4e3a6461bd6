using HandoffBot.Storage;
using Microsoft.Data.Sqlite;

namespace HandoffBot.Integrations;

/// <summary>The helpdesk tickets created for cases, one per connector and case: later comments and the solve go to it, and the console links to it.</summary>
public sealed class SqliteIntegrationTickets(SqliteDatabase database, TimeProvider timeProvider)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS integration_ticket (
            connector   TEXT NOT NULL,
            handoff_id  TEXT NOT NULL,
            ticket_id   TEXT NOT NULL,
            link        TEXT NOT NULL,
            created_utc TEXT NOT NULL,
            PRIMARY KEY (connector, handoff_id)
        );
        """;

    public async Task SaveAsync(string connector, string handoffId, string ticketId, Uri link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO integration_ticket (connector, handoff_id, ticket_id, link, created_utc) VALUES ($connector, $handoff, $ticket, $link, $now)
            ON CONFLICT (connector, handoff_id) DO UPDATE SET ticket_id = $ticket, link = $link;
            """;
        command.Parameters.AddWithValue("$connector", connector);
        command.Parameters.AddWithValue("$handoff", handoffId);
        command.Parameters.AddWithValue("$ticket", ticketId);
        command.Parameters.AddWithValue("$link", link.ToString());
        command.Parameters.AddWithValue("$now", SqliteTime.Format(timeProvider.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IntegrationTicket?> FindAsync(string connector, string handoffId, CancellationToken cancellationToken) =>
        (await ListAsync(handoffId, cancellationToken)).FirstOrDefault(t => t.Connector == connector);

    public async Task<IReadOnlyList<IntegrationTicket>> ListAsync(string handoffId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT connector, handoff_id, ticket_id, link, created_utc FROM integration_ticket WHERE handoff_id = $handoff ORDER BY connector;";
        command.Parameters.AddWithValue("$handoff", handoffId);
        var tickets = new List<IntegrationTicket>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tickets.Add(new IntegrationTicket(reader.GetString(0), reader.GetString(1), reader.GetString(2), new Uri(reader.GetString(3)), SqliteTime.Parse(reader.GetString(4))));
        }

        return tickets;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenConnectionAsync("integration_ticket", Schema, cancellationToken);
}
