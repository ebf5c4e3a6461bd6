using System.Globalization;
using System.Text.Json;
using HandoffBot.Handoff;
using HandoffBot.Storage;
using Microsoft.Data.Sqlite;

namespace HandoffBot.Agents;

/// <summary>
/// Agent accounts in the bot's database: skills, capacity, role, presence and a PBKDF2 password hash. Load is not
/// stored: it is counted from the cases an agent holds, so it can never drift from the queue.
/// </summary>
public sealed class SqliteAgentDirectory(SqliteDatabase database) : IAgentAvailability
{
    private static readonly Lazy<string> NoAccountHash = new(() => PasswordHashing.Hash(Guid.NewGuid().ToString("n")));

    private const string Schema = SqliteAgentHub.Schema + """
        CREATE TABLE IF NOT EXISTS agent_account (
            id            TEXT NOT NULL PRIMARY KEY,
            display_name  TEXT NOT NULL,
            email         TEXT,
            role          TEXT NOT NULL,
            skills        TEXT NOT NULL,
            capacity      INTEGER NOT NULL,
            presence      TEXT NOT NULL DEFAULT 'offline',
            password_hash TEXT NOT NULL,
            demo          INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS agent_teams_user (
            agent_id      TEXT NOT NULL PRIMARY KEY,
            aad_object_id TEXT NOT NULL
        );
        """;

    private const string SelectAgents = """
        SELECT a.id, a.display_name, a.email, a.role, a.skills, a.capacity, a.presence,
               (SELECT count(*) FROM handoff_case c WHERE c.status = 'open'
                  AND ((c.assignment = 'accepted' AND c.agent_id = a.id) OR (c.assignment = 'offered' AND c.offered_to = a.id))) AS load,
               t.aad_object_id
        FROM agent_account a LEFT JOIN agent_teams_user t ON t.agent_id = a.id
        """;

    /// <summary>Adds or updates an account from the seed; presence is kept, a demo password is hashed only once.</summary>
    public async Task UpsertAsync(AgentSeedEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await OpenAsync(cancellationToken);
        var demo = entry.PasswordHash is null;
        string? existingHash = null;
        await using (var find = connection.CreateCommand())
        {
            find.CommandText = "SELECT password_hash FROM agent_account WHERE id = $id AND demo = 1;";
            find.Parameters.AddWithValue("$id", entry.Id);
            existingHash = await find.ExecuteScalarAsync(cancellationToken) as string;
        }

        var hash = entry.PasswordHash ?? existingHash ?? PasswordHashing.Hash(DemoPassword(entry.Id));
        await using var upsert = connection.CreateCommand();
        upsert.CommandText = """
            INSERT INTO agent_account (id, display_name, email, role, skills, capacity, password_hash, demo)
            VALUES ($id, $name, $email, $role, $skills, $capacity, $hash, $demo)
            ON CONFLICT (id) DO UPDATE SET display_name = $name, email = $email, role = $role, skills = $skills,
                capacity = $capacity, password_hash = $hash, demo = $demo;
            """;
        upsert.Parameters.AddWithValue("$id", entry.Id);
        upsert.Parameters.AddWithValue("$name", entry.Name);
        upsert.Parameters.AddWithValue("$email", (object?)entry.Email ?? DBNull.Value);
        upsert.Parameters.AddWithValue("$role", entry.Role);
        upsert.Parameters.AddWithValue("$skills", JsonSerializer.Serialize(entry.Skills));
        upsert.Parameters.AddWithValue("$capacity", entry.Capacity);
        upsert.Parameters.AddWithValue("$hash", hash);
        upsert.Parameters.AddWithValue("$demo", demo ? 1 : 0);
        await upsert.ExecuteNonQueryAsync(cancellationToken);

        await using var teams = connection.CreateCommand();
        teams.CommandText = entry.TeamsUserId is null
            ? "DELETE FROM agent_teams_user WHERE agent_id = $id;"
            : "INSERT INTO agent_teams_user (agent_id, aad_object_id) VALUES ($id, $aad) ON CONFLICT (agent_id) DO UPDATE SET aad_object_id = $aad;";
        teams.Parameters.AddWithValue("$id", entry.Id);
        teams.Parameters.AddWithValue("$aad", (object?)entry.TeamsUserId ?? DBNull.Value);
        await teams.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The documented password of a demo account.</summary>
    public static string DemoPassword(string agentId) => agentId + "-demo";

    /// <summary>The account when the password matches; demo accounts only when <paramref name="allowDemo"/>.</summary>
    public async Task<AgentAccount?> VerifyAsync(string agentId, string password, bool allowDemo, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT password_hash, demo FROM agent_account WHERE id = $id;";
        command.Parameters.AddWithValue("$id", agentId);
        string? hash = null;
        var demo = false;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                hash = reader.GetString(0);
                demo = reader.GetInt32(1) == 1;
            }
        }

        // Always one PBKDF2 run, so an unknown id or a refused demo account takes as long as a wrong password.
        var matches = PasswordHashing.Verify(password, hash ?? NoAccountHash.Value);
        if (hash is null || !matches || (demo && !allowDemo))
        {
            return null;
        }

        return await FindAsync(connection, agentId, cancellationToken);
    }

    public async Task<AgentAccount?> FindAsync(string agentId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await FindAsync(connection, agentId, cancellationToken);
    }

    public async Task<IReadOnlyList<AgentAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = SelectAgents + " ORDER BY a.id;";
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<bool> SetPresenceAsync(string agentId, string presence, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE agent_account SET presence = $presence WHERE id = $id;";
        command.Parameters.AddWithValue("$id", agentId);
        command.Parameters.AddWithValue("$presence", presence);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<int> CountAvailableAsync(string skill, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).Count(a => a.CanTakeMore && a.HasSkill(skill));

    private static async Task<AgentAccount?> FindAsync(SqliteConnection connection, string agentId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = SelectAgents + " WHERE a.id = $id;";
        command.Parameters.AddWithValue("$id", agentId);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    private static async Task<IReadOnlyList<AgentAccount>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var agents = new List<AgentAccount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            agents.Add(new AgentAccount(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetValue(2) as string,
                reader.GetString(3),
                JsonSerializer.Deserialize<string[]>(reader.GetString(4)) ?? [],
                reader.GetInt32(5),
                reader.GetString(6),
                Convert.ToInt32(reader.GetInt64(7), CultureInfo.InvariantCulture),
                reader.GetValue(8) as string));
        }

        return agents;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) =>
        database.OpenConnectionAsync("agent_account", Schema, cancellationToken);
}
