using HandoffBot.Customers;
using HandoffBot.Storage;
using HandoffBot.Tests.Storage;
using Microsoft.Data.Sqlite;

namespace HandoffBot.Tests.Customers;

public sealed class SqliteCustomerDirectoryTests : IDisposable
{
    private static readonly CustomerProfile Vera = new()
    {
        Id = "vip-vera",
        Name = "Vera",
        Email = "Vera.Lind@Example.com",
        Tier = CustomerTier.Vip,
        Plan = "Business",
        OpenBugs = 1,
        LastCsat = 2,
        RenewalDate = new DateOnly(2026, 12, 20),
    };

    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Finds_a_profile_by_account_id()
    {
        var directory = NewDirectory();
        await directory.UpsertAsync(Vera, CancellationToken.None);

        var found = await directory.FindAsync("vip-vera", null, CancellationToken.None);

        Assert.Equal(Vera, found);
        Assert.True(found.IsKnown);
    }

    [Fact]
    public async Task Finds_a_profile_by_email_ignoring_case_when_the_id_is_unknown()
    {
        var directory = NewDirectory();
        await directory.UpsertAsync(Vera, CancellationToken.None);

        var found = await directory.FindAsync("slack-U123", "  vera.lind@EXAMPLE.COM ", CancellationToken.None);

        Assert.Equal("vip-vera", found.Id);
        Assert.True(found.IsKnown);
    }

    [Fact]
    public async Task Id_match_wins_over_email_match()
    {
        var directory = NewDirectory();
        await directory.UpsertAsync(Vera, CancellationToken.None);
        await directory.UpsertAsync(new CustomerProfile { Id = "other", Name = "Other", Tier = CustomerTier.Trial }, CancellationToken.None);

        var found = await directory.FindAsync("other", "vera.lind@example.com", CancellationToken.None);

        Assert.Equal("other", found.Id);
    }

    [Fact]
    public async Task Unmatched_customer_is_unknown_under_its_account_id()
    {
        var directory = NewDirectory();
        await directory.UpsertAsync(Vera, CancellationToken.None);

        var found = await directory.FindAsync("emulator-user-1", "nobody@example.com", CancellationToken.None);
        var nothing = await directory.FindAsync(null, null, CancellationToken.None);

        Assert.False(found.IsKnown);
        Assert.Equal("emulator-user-1", found.Id);
        Assert.Equal(CustomerTier.Standard, found.Tier);
        Assert.False(nothing.IsKnown);
    }

    [Fact]
    public async Task Upsert_replaces_the_profile_and_its_email_and_list_is_ordered_by_id()
    {
        var directory = NewDirectory();
        await directory.UpsertAsync(Vera, CancellationToken.None);
        await directory.UpsertAsync(new CustomerProfile { Id = "a-first", Name = "A", Tier = CustomerTier.Trial }, CancellationToken.None);
        await directory.UpsertAsync(Vera with { Email = "vera@new.example.com", Tier = CustomerTier.Enterprise }, CancellationToken.None);

        var list = await directory.ListAsync(CancellationToken.None);
        var byOldEmail = await directory.FindAsync(null, "vera.lind@example.com", CancellationToken.None);
        var byNewEmail = await directory.FindAsync(null, "VERA@new.example.com", CancellationToken.None);

        Assert.Equal(["a-first", "vip-vera"], list.Select(p => p.Id));
        Assert.Equal(CustomerTier.Enterprise, list[1].Tier);
        Assert.False(byOldEmail.IsKnown);
        Assert.Equal("vip-vera", byNewEmail.Id);
    }

    [Fact]
    public async Task Profiles_live_in_the_customer_table_of_the_bots_database_beside_the_state_table()
    {
        var database = new SqliteDatabase(_db.ConnectionString);
        await new SqliteCustomerDirectory(database, TimeProvider.System).UpsertAsync(Vera, CancellationToken.None);

        // A new directory over the same file (a restart) sees the profile.
        var reopened = await NewDirectory().FindAsync("vip-vera", null, CancellationToken.None);
        await using var connection = new SqliteConnection(_db.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('state', 'customer') ORDER BY name);";

        Assert.Equal(Vera, reopened);
        Assert.Equal("customer,state", await command.ExecuteScalarAsync());
    }

    private SqliteCustomerDirectory NewDirectory() => new(new SqliteDatabase(_db.ConnectionString), TimeProvider.System);
}
