using System.Text.Json;
using System.Text.Json.Serialization;
using HandoffBot.Dialogs.Flows;

namespace HandoffBot.Orders;

/// <summary>
/// One order or support ticket in the seed file:
/// <c>{"number","kind":"order|ticket","customerId","summary","status","updatedOn":"YYYY-MM-DD","detail"}</c>.
/// </summary>
public sealed record SampleOrder
{
    /// <summary>Camel-case names, <c>YYYY-MM-DD</c> dates; unknown members are rejected (typos in a seed file).</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary><c>TL-</c> and five digits for an order, five digits for a ticket (see <see cref="OrderReference"/>).</summary>
    [JsonRequired]
    public string Number { get; init; } = string.Empty;

    [JsonRequired]
    public string Kind { get; init; } = string.Empty;

    /// <summary>The CRM profile the order belongs to, for agents; the flow shows no customer data.</summary>
    public string? CustomerId { get; init; }

    [JsonRequired]
    public string Summary { get; init; } = string.Empty;

    [JsonRequired]
    public string Status { get; init; } = string.Empty;

    [JsonRequired]
    public DateOnly UpdatedOn { get; init; }

    public string? Detail { get; init; }

    public OrderStatus ToStatus() => new(Number, Kind, Summary, Status, UpdatedOn, Detail);
}
