using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandoffBot.Customers;

/// <summary>
/// What the CRM knows about a conversation's customer, in the seed format of DESIGN.md:
/// <c>{"id","name","email","tier","plan","openBugs","lastCsat","renewalDate"}</c>. An unknown customer is a profile
/// too (<see cref="Unknown"/>), so that handoff rules never have to deal with a missing profile.
/// </summary>
public sealed record CustomerProfile
{
    /// <summary>Camel-case names, lowercase tiers, <c>YYYY-MM-DD</c> dates; unknown members are rejected (typos in a seed file).</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter<CustomerTier>(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>The channel account id (<c>from.id</c>) this profile belongs to, or the CRM's own id.</summary>
    [JsonRequired]
    public string Id { get; init; } = string.Empty;

    [JsonRequired]
    public string Name { get; init; } = string.Empty;

    public string? Email { get; init; }

    [JsonRequired]
    public CustomerTier Tier { get; init; } = CustomerTier.Standard;

    public string? Plan { get; init; }

    public int OpenBugs { get; init; }

    /// <summary>The customer's most recent satisfaction score, 1 (worst) to 5, or null when never surveyed.</summary>
    public int? LastCsat { get; init; }

    public DateOnly? RenewalDate { get; init; }

    /// <summary>False for <see cref="Unknown"/> profiles: the customer is not in the CRM.</summary>
    [JsonIgnore]
    public bool IsKnown { get; init; } = true;

    /// <summary>VIP and enterprise customers.</summary>
    [JsonIgnore]
    public bool IsHighValue => IsHighValueTier(Tier);

    /// <summary>Whether a tier is VIP or enterprise: the one rule for <see cref="IsHighValue"/> and the queue's bands.</summary>
    public static bool IsHighValueTier(CustomerTier tier) => tier is CustomerTier.Vip or CustomerTier.Enterprise;

    [JsonIgnore]
    public bool HasOpenBugs => OpenBugs > 0;

    /// <summary>The last survey scored 1 or 2.</summary>
    [JsonIgnore]
    public bool HasLowCsat => LastCsat is <= 2;

    /// <summary>
    /// A customer the CRM does not know: tier <see cref="CustomerTier.Standard"/> (treated like an ordinary paying customer,
    /// neither prioritised nor deprioritised), no plan, no bugs, no CSAT, no renewal, <see cref="IsKnown"/> false.
    /// </summary>
    public static CustomerProfile Unknown(string accountId, string? name) => new()
    {
        Id = accountId ?? string.Empty,
        Name = name ?? string.Empty,
        Tier = CustomerTier.Standard,
        IsKnown = false,
    };

    /// <summary>
    /// True when the renewal date falls between today and <paramref name="now"/> + <paramref name="window"/> (both
    /// inclusive, UTC calendar days). A renewal date in the past or no renewal date is false.
    /// </summary>
    public bool RenewsWithin(TimeSpan window, DateTimeOffset now)
    {
        if (RenewalDate is not { } renewal || window < TimeSpan.Zero)
        {
            return false;
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var last = DateOnly.FromDateTime(now.UtcDateTime.Add(window));
        return renewal >= today && renewal <= last;
    }
}
