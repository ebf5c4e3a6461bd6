using Microsoft.Extensions.Options;

namespace HandoffBot.Orders;

/// <summary>Upserts the orders and tickets of <c>HandoffBot:Orders:SeedPath</c> into the order store at start. Idempotent.</summary>
public sealed partial class OrderSeeder(SqliteOrderStore store, IOptions<OrdersOptions> options, ILogger<OrderSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var path = options.Value.SeedPath;
        if (string.IsNullOrWhiteSpace(path))
        {
            LogSeedingOff(logger, OrdersOptions.SeedPathKey);
            return;
        }

        var orders = OrderSeedFile.Load(path);
        foreach (var order in orders)
        {
            await store.UpsertAsync(order, cancellationToken);
        }

        LogSeeded(logger, orders.Count, path);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Orders and tickets seeded: {Count} from {SeedPath}")]
    private static partial void LogSeeded(ILogger logger, int count, string seedPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Key} is empty: no orders or tickets are seeded")]
    private static partial void LogSeedingOff(ILogger logger, string key);
}
