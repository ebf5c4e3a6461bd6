using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandoffBot.Flows;

/// <summary>
/// Billing details of one CRM profile, as the billing system would know them (the sample accounts file):
/// <c>{"customerId","seats","seatsUsed","billingCycle","price","nextInvoiceDate","nextInvoiceAmount","paymentMethod"}</c>.
/// </summary>
public sealed record AccountBilling
{
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    [JsonRequired]
    public string CustomerId { get; init; } = string.Empty;

    public int? Seats { get; init; }

    public int? SeatsUsed { get; init; }

    public string? BillingCycle { get; init; }

    public string? Price { get; init; }

    public DateOnly? NextInvoiceDate { get; init; }

    public string? NextInvoiceAmount { get; init; }

    public string? PaymentMethod { get; init; }

    /// <summary>Reads the accounts file; a problem is an <see cref="InvalidDataException"/> naming the key and the file.</summary>
    public static IReadOnlyDictionary<string, AccountBilling> Load(string path)
    {
        const string Key = FlowsOptions.SectionName + ":AccountsPath";
        if (string.IsNullOrWhiteSpace(path))
        {
            return new Dictionary<string, AccountBilling>();
        }

        try
        {
            using var stream = File.OpenRead(path);
            var entries = JsonSerializer.Deserialize<List<AccountBilling>>(stream, JsonOptions)
                ?? throw new InvalidDataException($"{Key}: the file '{path}' must be a JSON array.");
            return entries.ToDictionary(e => e.CustomerId, StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new InvalidDataException($"{Key}: the file '{path}' cannot be read: {ex.Message}", ex);
        }
    }
}
