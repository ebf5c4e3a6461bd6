using HandoffBot.Customers;

namespace HandoffBot.Tests.Customers;

public sealed class SampleCustomersTests
{
    // The sample's "renewal soon" customers are dated for late 2026.
    private static readonly DateTimeOffset LateNovember2026 = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Shipped_sample_passes_validation_and_has_every_kind_of_customer_the_handoff_rules_need()
    {
        var profiles = CustomerSeedFile.Load(CustomerTestFiles.ShippedSeedPath);

        Assert.True(profiles.Count >= 8, $"only {profiles.Count} sample customers");
        Assert.All(Enum.GetValues<CustomerTier>(), tier => Assert.Contains(profiles, p => p.Tier == tier));
        Assert.Contains(profiles, p => p.Tier == CustomerTier.Enterprise && p.RenewsWithin(TimeSpan.FromDays(30), LateNovember2026));
        Assert.Contains(profiles, p => p.HasOpenBugs);
        Assert.Contains(profiles, p => p.HasLowCsat);
        Assert.Contains(profiles, p => p.Tier == CustomerTier.Vip && p.HasLowCsat);
        Assert.All(profiles, p => Assert.False(string.IsNullOrEmpty(p.Email)));
    }

    [Fact]
    public void Shipped_sample_is_copied_to_the_build_output()
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "SampleData", "customers.json");

        Assert.True(File.Exists(copied), $"{copied} is missing: the bot project should copy SampleData to its output.");
        Assert.Equal(File.ReadAllText(CustomerTestFiles.ShippedSeedPath), File.ReadAllText(copied));
    }

    [Fact]
    public void The_independent_evaluation_set_customers_load_with_the_same_reader()
    {
        var profiles = CustomerSeedFile.Load(CustomerTestFiles.SharedDataSeedPath);

        Assert.Equal(8, profiles.Count);
        Assert.Contains(profiles, p => p.Id == "pc-vip-1" && p.Tier == CustomerTier.Vip && p.LastCsat == 2);
    }
}
