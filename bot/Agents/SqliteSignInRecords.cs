using HandoffBot.Storage;
using Microsoft.Data.Sqlite;

namespace HandoffBot.Agents;

/// <summary>
/// Sign-in failures per submitted account id (so a lockout survives a restart and holds across processes on one
/// database) and the security audit log supervisors read.
/// </summary>
public sealed class SqliteSignInRecords(SqliteDatabase database, TimeProvider timeProvider)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS agent_signin_failure (
            account      TEXT NOT NULL PRIMARY KEY,
            failures     INTEGER NOT NULL,
            locked_until TEXT,
            last_utc     TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS security_audit (
            seq      INTEGER PRIMARY KEY AUTOINCREMENT,
            at_utc   TEXT NOT NULL,
            kind     TEXT NOT NULL,
            agent_id TEXT,
            address  TEXT,
            detail   TEXT NOT NULL
        );
        """;

    /// <summary>Until when <paramref name="account"/> is locked, if it is now.</summary>
    public async Task<DateTimeOffset?> LockedUntilAsync(string account, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT locked_until FROM agent_signin_failure WHERE account = $account;";
        command.Parameters.AddWithValue("$account", account);
        return await command.ExecuteScalarAsync(cancellationToken) is string until && SqliteTime.Parse(until) is var at && at > timeProvider.GetUtcNow()
            ? at
            : null;
    }

    /// <summary>Counts a wrong password; the count after it.</summary>
    public async Task<int> AddFailureAsync(string account, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO agent_signin_failure (account, failures, last_utc) VALUES ($account, 1, $now)
            ON CONFLICT (account) DO UPDATE SET failures = failures + 1, last_utc = $now
            RETURNING failures;
            """;
        command.Parameters.AddWithValue("$account", account);
        command.Parameters.AddWithValue("$now", SqliteTime.Format(timeProvider.GetUtcNow()));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task LockAsync(string account, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE agent_signin_failure SET locked_until = $until WHERE account = $account;";
        command.Parameters.AddWithValue("$account", account);
        command.Parameters.AddWithValue("$until", SqliteTime.Format(until));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A right password: the count starts again.</summary>
    public async Task ClearAsync(string account, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM agent_signin_failure WHERE account = $account;";
        command.Parameters.AddWithValue("$account", account);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task AuditAsync(string kind, string? agentId, string? address, string detail, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO security_audit (at_utc, kind, agent_id, address, detail) VALUES ($at, $kind, $agent, $address, $detail);";
        command.Parameters.AddWithValue("$at", SqliteTime.Format(timeProvider.GetUtcNow()));
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$agent", (object?)agentId ?? DBNull.Value);
        command.Parameters.AddWithValue("$address", (object?)address ?? DBNull.Value);
        command.Parameters.AddWithValue("$detail", detail);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The most recent audit entries, newest first.</summary>
    public async Task<IReadOnlyList<SecurityAuditEntry>> RecentAuditAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, at_utc, kind, agent_id, address, detail FROM security_audit ORDER BY seq DESC LIMIT $limit;";
        command.Parameters.AddWithValue("$limit", limit);
        var entries = new List<SecurityAuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new SecurityAuditEntry(
                reader.GetInt64(0), SqliteTime.Parse(reader.GetString(1)), reader.GetString(2), reader.GetValue(3) as string, reader.GetValue(4) as string, reader.GetString(5)));
        }

        return entries;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenConnectionAsync("agent_signin", Schema, cancellationToken);
}
