using System.Text.Json;
using HandoffBot.Dialogs.Flows;
using HandoffBot.Storage;

namespace HandoffBot.Orders;

/// <summary>
/// The built-in order and ticket store behind the order status flow: table <c>sample_order</c> in the bot's SQLite
/// database (created on first use), one row per number with the entry's JSON.
/// </summary>
public sealed class SqliteOrderStore(SqliteDatabase database) : IOrderLookup
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS sample_order (
            number TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
            json   TEXT NOT NULL
        );
        """;

    /// <summary>A bare five-digit number is tried as a ticket first, then as an order (<c>TL-</c> + digits).</summary>
    public async Task<OrderStatus?> FindAsync(string reference, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }

        await using var connection = await database.OpenConnectionAsync(nameof(SqliteOrderStore), Schema, cancellationToken);
        foreach (var number in new[] { reference.Trim(), OrderReference.OrderPrefix + reference.Trim() })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT json FROM sample_order WHERE number = $number;";
            command.Parameters.AddWithValue("$number", number);
            if (await command.ExecuteScalarAsync(cancellationToken) is string json)
            {
                return JsonSerializer.Deserialize<SampleOrder>(json, SampleOrder.JsonOptions)!.ToStatus();
            }
        }

        return null;
    }

    public async Task UpsertAsync(SampleOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        await using var connection = await database.OpenConnectionAsync(nameof(SqliteOrderStore), Schema, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO sample_order (number, json) VALUES ($number, $json)
            ON CONFLICT (number) DO UPDATE SET json = excluded.json WHERE sample_order.json <> excluded.json;
            """;
        command.Parameters.AddWithValue("$number", order.Number);
        command.Parameters.AddWithValue("$json", JsonSerializer.Serialize(order, SampleOrder.JsonOptions));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
