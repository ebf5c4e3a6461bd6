using HandoffBot.Customers;

namespace HandoffBot.Tests.Customers;

public sealed class CustomerSeedFileTests : IDisposable
{
    private const string Valid = """{"id": "a-1", "name": "Ann", "email": "ann@example.com", "tier": "standard", "plan": "Team", "openBugs": 0, "lastCsat": 4, "renewalDate": "2027-01-01"}""";

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Valid_file_loads_every_profile()
    {
        var path = Write($"[\n  {Valid},\n  {{\"id\": \"b-2\", \"name\": \"Bo\", \"email\": null, \"tier\": \"enterprise\", \"plan\": null, \"openBugs\": 1, \"lastCsat\": null, \"renewalDate\": null}}\n]");

        var profiles = CustomerSeedFile.Load(path);

        Assert.Equal(["a-1", "b-2"], profiles.Select(p => p.Id));
        Assert.Equal(CustomerTier.Enterprise, profiles[1].Tier);
        Assert.All(profiles, p => Assert.True(p.IsKnown));
    }

    [Fact]
    public void Missing_file_names_the_key_and_the_file()
    {
        var path = _folder.File("nope.json");

        var error = Assert.Throws<CustomerSeedException>(() => CustomerSeedFile.Load(path));

        AssertNames(error, path);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_names_the_line()
    {
        var path = Write($"[\n  {Valid},\n  {{\"id\": \"b-2\", \"name\": \"Bo\" \"tier\": \"vip\"}}\n]");

        var error = Assert.Throws<CustomerSeedException>(() => CustomerSeedFile.Load(path));

        AssertNames(error, path);
        Assert.Contains("at line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_root_that_is_not_an_array_is_reported_as_such()
    {
        var path = Write(Valid);

        var error = Assert.Throws<CustomerSeedException>(() => CustomerSeedFile.Load(path));

        AssertNames(error, path);
        Assert.Contains("must be a JSON array of customer profiles", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_tier_names_the_entry_its_id_the_line_and_the_allowed_tiers()
    {
        var path = Write($"[\n  {Valid},\n  {{\"id\": \"gold-1\", \"name\": \"Gil\", \"tier\": \"gold\"}}\n]");

        var error = Assert.Throws<CustomerSeedException>(() => CustomerSeedFile.Load(path));

        AssertNames(error, path);
        Assert.Contains("at line 3, entry 2 (id \"gold-1\")", error.Message, StringComparison.Ordinal);
        Assert.Contains("tier must be one of trial, standard, vip, enterprise", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Numeric_tier_is_refused()
    {
        var path = Write("""[{"id": "n-1", "name": "Nia", "tier": 2}]""");

        var error = Assert.Throws<CustomerSeedException>(() => CustomerSeedFile.Load(path));

        Assert.Contains("entry 1 (id \"n-1\")", error.Message, StringComparison.Ordinal);
        Assert.Contains("tier must be one of", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("01/12/2026")]
    [InlineData("2026-12-01T00:00:00")]
    public void Bad_renewal_date_names_the_entry_and_the_format(string date)
    {
        var path = Write($"[\n  {Valid},\n  {{\"id\": \"d-1\", \"name\": \"Di\", \"tier\": \"vip\", \"renewalDate\": \"{date}\"}}\n]");

        var error = Assert.Throws<CustomerSeedException>(() => CustomerSeedFile.Load(path));

        AssertNames(error, path);
        Assert.Contains("entry 2 (id \"d-1\")", error.Message, StringComparison.Ordinal);
        Assert.Contains("renewalDate must be a date YYYY-MM-DD or null", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Csat_outside_one_to_five_names_the_entry_and_its_line(int csat)
    {
        var path = Write($"[\n  {Valid},\n\n  {{\"id\": \"c-1\", \"name\": \"Cy\", \"tier\": \"trial\", \"lastCsat\": {csat}}}\n]");

        var error = Assert.Throws<CustomerSeedException>(() => CustomerSeedFile.Load(path));

        AssertNames(error, path);
        Assert.Contains($"entry 2 (id \"c-1\", line 4): lastCsat must be 1 to 5 or null, was {csat}.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_id_names_both_entries()
    {
        var path = Write($"[\n  {Valid},\n  {Valid.Replace("ann@", "other@", StringComparison.Ordinal)}\n]");

        var error = Assert.Throws<CustomerSeedException>(() => CustomerSeedFile.Load(path));

        AssertNames(error, path);
        Assert.Contains("entry 2 (id \"a-1\", line 3): duplicate id \"a-1\" (also entry 1 (id \"a-1\", line 2))", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_email_in_another_case_is_refused()
    {
        var path = Write($"[\n  {Valid},\n  {Valid.Replace("a-1", "a-2", StringComparison.Ordinal).Replace("ann@", "ANN@", StringComparison.Ordinal)}\n]");

        var error = Assert.Throws<CustomerSeedException>(() => CustomerSeedFile.Load(path));

        Assert.Contains("entry 2 (id \"a-2\", line 3): duplicate email", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_member_and_unknown_member_are_refused()
    {
        var missingTier = Write("""[{"id": "m-1", "name": "Mo"}]""", "missing.json");
        var typo = Write("""[{"id": "t-1", "name": "Ty", "tier": "vip", "tire": "vip"}]""", "typo.json");

        var missing = Assert.Throws<CustomerSeedException>(() => CustomerSeedFile.Load(missingTier));
        var unknown = Assert.Throws<CustomerSeedException>(() => CustomerSeedFile.Load(typo));

        Assert.Contains("entry 1 (id \"m-1\")", missing.Message, StringComparison.Ordinal);
        Assert.Contains("missing required member(s): 'tier'", missing.Message, StringComparison.Ordinal);
        Assert.Contains("entry 1 (id \"t-1\")", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("The JSON property 'tire' could not be mapped to any .NET member of a customer profile", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_id_negative_bugs_and_a_bad_email_are_all_reported_together()
    {
        var path = Write("""
            [
              {"id": " ", "name": "Zed", "tier": "standard", "openBugs": -1, "email": "not-an-email"}
            ]
            """);

        var error = Assert.Throws<CustomerSeedException>(() => CustomerSeedFile.Load(path));

        Assert.Contains("entry 1 (line 2): id must not be empty.", error.Message, StringComparison.Ordinal);
        Assert.Contains("openBugs must be 0 or more, was -1.", error.Message, StringComparison.Ordinal);
        Assert.Contains("email \"not-an-email\" is not an email address.", error.Message, StringComparison.Ordinal);
    }

    private string Write(string json, string name = "customers.json") => CustomerTestFiles.Write(_folder.Path, json, name);

    private static void AssertNames(CustomerSeedException error, string path)
    {
        Assert.StartsWith("HandoffBot:Crm:SeedPath:", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{path}'", error.Message, StringComparison.Ordinal);
    }
}
