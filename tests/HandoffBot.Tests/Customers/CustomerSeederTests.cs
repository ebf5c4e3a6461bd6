using HandoffBot.Customers;
using HandoffBot.Storage;
using HandoffBot.Tests.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HandoffBot.Tests.Customers;

public sealed class CustomerSeederTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Seed_loads_at_start_and_a_second_start_changes_nothing()
    {
        var seed = CustomerTestFiles.Write(Path.Combine(_db.Folder, "seed"), """
            [
              {"id": "t-1", "name": "Tia", "email": "tia@example.com", "tier": "trial", "plan": "Starter", "openBugs": 0, "lastCsat": null, "renewalDate": null},
              {"id": "e-1", "name": "Eli", "email": "eli@example.com", "tier": "enterprise", "plan": "Enterprise", "openBugs": 2, "lastCsat": 5, "renewalDate": "2026-12-01"}
            ]
            """);
        var settings = new Dictionary<string, string?> { ["HandoffBot:Crm:SeedPath"] = seed };

        IReadOnlyList<CustomerProfile> first;
        using (var host = BuildHost(settings))
        {
            await host.StartAsync();
            first = await host.Services.GetRequiredService<ICustomerDirectory>().ListAsync(CancellationToken.None);
            await host.StopAsync();
        }

        var updatedAt = ReadUpdatedAt();
        using (var again = BuildHost(settings))
        {
            await again.StartAsync();
            var second = await again.Services.GetRequiredService<ICustomerDirectory>().ListAsync(CancellationToken.None);
            await again.StopAsync();

            Assert.Equal(["e-1", "t-1"], first.Select(p => p.Id));
            Assert.Equal(first, second);
            Assert.Equal(updatedAt, ReadUpdatedAt());
        }
    }

    [Fact]
    public async Task Reseeding_an_edited_file_updates_the_profile_and_keeps_profiles_added_since()
    {
        var folder = Path.Combine(_db.Folder, "seed");
        var seed = CustomerTestFiles.Write(folder, """[{"id": "s-1", "name": "Sol", "tier": "standard"}]""");
        var directory = new SqliteCustomerDirectory(new SqliteDatabase(_db.ConnectionString), TimeProvider.System);
        var seeder = new CustomerSeeder(directory, Options.Create(new CrmOptions { SeedPath = seed }), Microsoft.Extensions.Logging.Abstractions.NullLogger<CustomerSeeder>.Instance);
        await seeder.SeedAsync(CancellationToken.None);
        await directory.UpsertAsync(new CustomerProfile { Id = "added", Name = "Added later", Tier = CustomerTier.Vip }, CancellationToken.None);

        CustomerTestFiles.Write(folder, """[{"id": "s-1", "name": "Sol", "tier": "vip"}]""");
        var count = await seeder.SeedAsync(CancellationToken.None);

        Assert.Equal(1, count);
        Assert.Equal(CustomerTier.Vip, (await directory.FindAsync("s-1", null, CancellationToken.None)).Tier);
        Assert.True((await directory.FindAsync("added", null, CancellationToken.None)).IsKnown);
    }

    [Fact]
    public async Task Start_stops_on_a_bad_seed_with_a_message_naming_the_key_the_file_and_the_entry()
    {
        var seed = CustomerTestFiles.Write(Path.Combine(_db.Folder, "seed"), """
            [
              {"id": "ok", "name": "Ok", "tier": "standard"},
              {"id": "bad-csat", "name": "Bad", "tier": "standard", "lastCsat": 9}
            ]
            """);
        using var host = BuildHost(new() { ["HandoffBot:Crm:SeedPath"] = seed });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("HandoffBot:Crm:SeedPath", failure.Message, StringComparison.Ordinal);
        Assert.Contains(seed, failure.Message, StringComparison.Ordinal);
        Assert.Contains("entry 2 (id \"bad-csat\", line 3): lastCsat must be 1 to 5 or null, was 9.", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Default_seed_path_falls_back_to_the_sample_customers_copied_beside_the_app()
    {
        // The content root (a temp folder) has no SampleData; the build output does (the bot project copies it).
        using var host = BuildHost([]);
        await host.StartAsync();
        var options = host.Services.GetRequiredService<IOptions<CrmOptions>>().Value;
        var profiles = await host.Services.GetRequiredService<ICustomerDirectory>().ListAsync(CancellationToken.None);
        await host.StopAsync();

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "SampleData", "customers.json"), options.SeedPath);
        Assert.Equal(CustomerSeedFile.Load(CustomerTestFiles.ShippedSeedPath).Count, profiles.Count);
    }

    [Fact]
    public void Relative_seed_path_resolves_against_the_content_root_and_empty_turns_seeding_off()
    {
        CustomerTestFiles.Write(Path.Combine(_db.Folder, "crm"), "[]");
        using var relative = BuildHost(new() { ["HandoffBot:Crm:SeedPath"] = "crm/customers.json" });
        using var off = BuildHost(new() { ["HandoffBot:Crm:SeedPath"] = "" });

        Assert.Equal(Path.Combine(_db.Folder, "crm", "customers.json"), relative.Services.GetRequiredService<IOptions<CrmOptions>>().Value.SeedPath);
        Assert.Equal(string.Empty, off.Services.GetRequiredService<IOptions<CrmOptions>>().Value.SeedPath);
    }

    [Fact]
    public void Registration_provides_the_directory_and_the_middleware()
    {
        using var host = BuildHost([]);

        Assert.Same(host.Services.GetRequiredService<SqliteCustomerDirectory>(), host.Services.GetRequiredService<ICustomerDirectory>());
        Assert.NotNull(host.Services.GetRequiredService<CustomerContextMiddleware>());
        Assert.Contains(host.Services.GetServices<IHostedService>(), s => s is CustomerSeeder);
    }

    private string? ReadUpdatedAt()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(_db.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(updated_utc) FROM (SELECT updated_utc FROM customer ORDER BY id);";
        return command.ExecuteScalar() as string;
    }

    private IHost BuildHost(Dictionary<string, string?> settings)
    {
        Directory.CreateDirectory(_db.Folder);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = _db.Folder,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings)
        {
            ["HandoffBot:Storage:Sqlite"] = _db.ConnectionString,
        });
        builder.AddHandoffStorage();
        builder.AddCustomers();
        return builder.Build();
    }
}
