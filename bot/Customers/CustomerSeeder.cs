using Microsoft.Extensions.Options;

namespace HandoffBot.Customers;

/// <summary>
/// Upserts the profiles of <c>HandoffBot:Crm:SeedPath</c> into the CRM at start. Idempotent: unchanged profiles are not
/// rewritten; a profile edited in the seed replaces the stored one; profiles not in the seed are kept.
/// </summary>
public sealed partial class CustomerSeeder : IHostedService
{
    private readonly ICustomerDirectory _directory;
    private readonly IOptions<CrmOptions> _options;
    private readonly ILogger<CustomerSeeder> _logger;

    public CustomerSeeder(ICustomerDirectory directory, IOptions<CrmOptions> options, ILogger<CustomerSeeder> logger)
    {
        _directory = directory ?? throw new ArgumentNullException(nameof(directory));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public Task StartAsync(CancellationToken cancellationToken) => SeedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Loads the seed file and upserts every profile; returns how many profiles the file holds.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var path = _options.Value.SeedPath;
        if (string.IsNullOrWhiteSpace(path))
        {
            LogSeedingOff(_logger, CrmOptions.SeedPathKey);
            return 0;
        }

        var profiles = CustomerSeedFile.Load(path);
        try
        {
            foreach (var profile in profiles)
            {
                await _directory.UpsertAsync(profile, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new InvalidOperationException(
                $"Cannot load the customer seed '{path}' ({CrmOptions.SeedPathKey}) into the CRM: {ex.Message}", ex);
        }

        LogSeeded(_logger, profiles.Count, path);
        return profiles.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Customer profiles seeded: {Count} from {SeedPath}")]
    private static partial void LogSeeded(ILogger logger, int count, string seedPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Key} is empty: no customer profiles are seeded")]
    private static partial void LogSeedingOff(ILogger logger, string key);
}
