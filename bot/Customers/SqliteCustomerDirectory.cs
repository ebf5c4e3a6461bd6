using System.Globalization;
using System.Text.Json;
using HandoffBot.Storage;
using Microsoft.Data.Sqlite;

namespace HandoffBot.Customers;

/// <summary>
/// The built-in CRM: profiles in the bot's SQLite database (table <c>customer</c>, created on first use), one row per
/// profile with the profile's JSON and a normalised email for case-insensitive matching.
/// </summary>
public sealed class SqliteCustomerDirectory : ICustomerDirectory
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS customer (
            id          TEXT NOT NULL PRIMARY KEY,
            email_key   TEXT,
            json        TEXT NOT NULL,
            updated_utc TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_customer_email ON customer (email_key);
        """;

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _timeProvider;

    public SqliteCustomerDirectory(SqliteDatabase database, TimeProvider timeProvider)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    }

    public async Task<CustomerProfile> FindAsync(string? accountId, string? email, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(accountId))
        {
            var byId = await QueryOneAsync(connection, "SELECT json FROM customer WHERE id = $value;", accountId, cancellationToken);
            if (byId is not null)
            {
                return byId;
            }
        }

        var emailKey = EmailKey(email);
        if (emailKey is not null)
        {
            var byEmail = await QueryOneAsync(
                connection, "SELECT json FROM customer WHERE email_key = $value ORDER BY id LIMIT 1;", emailKey, cancellationToken);
            if (byEmail is not null)
            {
                return byEmail;
            }
        }

        return CustomerProfile.Unknown(accountId ?? email?.Trim() ?? string.Empty, null);
    }

    public async Task UpsertAsync(CustomerProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentException.ThrowIfNullOrWhiteSpace(profile.Id, nameof(profile));

        var json = JsonSerializer.Serialize(profile with { IsKnown = true }, CustomerProfile.JsonOptions);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();

        // Unchanged rows are left alone, so re-seeding at every start writes nothing.
        command.CommandText = """
            INSERT INTO customer (id, email_key, json, updated_utc) VALUES ($id, $email, $json, $now)
            ON CONFLICT (id) DO UPDATE SET email_key = excluded.email_key, json = excluded.json, updated_utc = excluded.updated_utc
            WHERE customer.json <> excluded.json;
            """;
        command.Parameters.AddWithValue("$id", profile.Id);
        command.Parameters.AddWithValue("$email", (object?)EmailKey(profile.Email) ?? DBNull.Value);
        command.Parameters.AddWithValue("$json", json);
        command.Parameters.AddWithValue("$now", _timeProvider.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CustomerProfile>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM customer ORDER BY id;";
        var profiles = new List<CustomerProfile>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            profiles.Add(Deserialize(reader.GetString(0)));
        }

        return profiles;
    }

    private static string? EmailKey(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToUpperInvariant();

    private static CustomerProfile Deserialize(string json) =>
        JsonSerializer.Deserialize<CustomerProfile>(json, CustomerProfile.JsonOptions)
        ?? throw new InvalidDataException("A customer row holds JSON null.");

    private static async Task<CustomerProfile?> QueryOneAsync(
        SqliteConnection connection, string sql, string value, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$value", value);
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? Deserialize(json) : null;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) =>
        _database.OpenConnectionAsync("customer", Schema, cancellationToken);
}
