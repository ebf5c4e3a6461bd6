using System.Text.Json;
using HandoffBot.Customers;

namespace HandoffBot.Tests.Customers;

public sealed class CustomerProfileTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Profile_round_trips_in_the_seed_format_with_a_lowercase_tier_and_no_IsKnown()
    {
        var profile = new CustomerProfile
        {
            Id = "vip-1",
            Name = "Vera",
            Email = "vera@example.com",
            Tier = CustomerTier.Vip,
            Plan = "Business",
            OpenBugs = 2,
            LastCsat = 3,
            RenewalDate = new DateOnly(2026, 12, 1),
        };

        var json = JsonSerializer.Serialize(profile, CustomerProfile.JsonOptions);

        Assert.Contains("\"tier\":\"vip\"", json, StringComparison.Ordinal);
        Assert.Contains("\"renewalDate\":\"2026-12-01\"", json, StringComparison.Ordinal);
        Assert.Contains("\"openBugs\":2", json, StringComparison.Ordinal);
        Assert.DoesNotContain("isKnown", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(profile, JsonSerializer.Deserialize<CustomerProfile>(json, CustomerProfile.JsonOptions));
    }

    [Fact]
    public void Unknown_customer_is_a_standard_profile_that_is_not_known()
    {
        var unknown = CustomerProfile.Unknown("user-42", "Sam");

        Assert.False(unknown.IsKnown);
        Assert.Equal("user-42", unknown.Id);
        Assert.Equal("Sam", unknown.Name);
        Assert.Equal(CustomerTier.Standard, unknown.Tier);
        Assert.False(unknown.IsHighValue);
        Assert.False(unknown.HasOpenBugs);
        Assert.False(unknown.HasLowCsat);
        Assert.False(unknown.RenewsWithin(TimeSpan.FromDays(365), Now));
    }

    [Theory]
    [InlineData("2026-11-25", 30, true)]
    [InlineData("2026-12-25", 30, true)]
    [InlineData("2026-12-26", 30, false)]
    [InlineData("2026-11-24", 30, false)]
    [InlineData("2027-06-01", 30, false)]
    public void RenewsWithin_counts_calendar_days_from_today_and_ignores_past_renewals(string renewal, int days, bool expected)
    {
        var profile = new CustomerProfile { Id = "e", Name = "E", Tier = CustomerTier.Enterprise, RenewalDate = DateOnly.Parse(renewal, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(expected, profile.RenewsWithin(TimeSpan.FromDays(days), Now));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(null, false)]
    public void Low_csat_means_a_last_score_of_one_or_two(int? csat, bool expected) =>
        Assert.Equal(expected, new CustomerProfile { Id = "x", Name = "X", LastCsat = csat }.HasLowCsat);
}
