using HandoffBot.Flows;
using HandoffBot.Orders;

namespace HandoffBot.Tests.Orders;

public sealed class OrderSeedFileTests
{
    [Fact]
    public void The_sample_orders_and_tickets_load()
    {
        var orders = OrderSeedFile.Load(Path.Combine(Repository.Root, "bot", OrdersOptions.DefaultSeedPath));

        Assert.Equal(12, orders.Count);
        Assert.Contains(orders, o => o.Kind == "order");
        Assert.Contains(orders, o => o.Kind == "ticket");
    }

    [Fact]
    public void A_number_the_flow_could_never_read_is_reported_with_its_entry()
    {
        using var temp = new TempDirectory();
        var path = temp.File("orders.json");
        File.WriteAllText(path, """[{"number": "ORD-1", "kind": "order", "summary": "s", "status": "Open", "updatedOn": "2026-11-01"}]""");

        var error = Assert.Throws<InvalidDataException>(() => OrderSeedFile.Load(path));

        Assert.Contains(OrdersOptions.SeedPathKey, error.Message, StringComparison.Ordinal);
        Assert.Contains("entry 1 (ORD-1)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1.5)]
    public void A_flow_threshold_outside_zero_to_one_stops_the_start(double threshold)
    {
        var result = new FlowsOptionsValidator().Validate(null, new FlowsOptions { Threshold = threshold, AccountsPath = string.Empty });

        Assert.True(result.Failed);
        Assert.Contains("HandoffBot:Flows:Threshold", result.FailureMessage, StringComparison.Ordinal);
    }
}
