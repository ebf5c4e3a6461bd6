namespace HandoffBot.Orders;

/// <summary>Options bound from <c>HandoffBot:Orders</c>.</summary>
public sealed class OrdersOptions
{
    public const string SectionName = "HandoffBot:Orders";

    public const string SeedPathKey = SectionName + ":SeedPath";

    public const string DefaultSeedPath = "SampleData/orders.json";

    /// <summary>
    /// JSON array of orders and tickets upserted into the built-in order store at every start, for the order status
    /// flow. Relative paths are resolved against the content root, then the app's folder. Empty turns seeding off.
    /// </summary>
    public string SeedPath { get; set; } = DefaultSeedPath;
}
