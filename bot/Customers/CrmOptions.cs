namespace HandoffBot.Customers;

/// <summary>Options bound from <c>HandoffBot:Crm</c>.</summary>
public sealed class CrmOptions
{
    public const string SectionName = "HandoffBot:Crm";

    /// <summary>The full name of the seed path key, for messages.</summary>
    public const string SeedPathKey = SectionName + ":SeedPath";

    /// <summary>The sample customers shipped with the bot, relative to the content root (or, failing that, the app's folder).</summary>
    public const string DefaultSeedPath = "SampleData/customers.json";

    /// <summary>
    /// JSON array of customer profiles upserted into the built-in CRM at every start. Relative paths are resolved against
    /// the content root, then the app's folder. Empty turns seeding off (the CRM keeps what it has).
    /// </summary>
    public string SeedPath { get; set; } = DefaultSeedPath;

    /// <summary>How long one turn waits for the CRM before it goes on with an unknown customer.</summary>
    public TimeSpan LookupTimeout { get; set; } = TimeSpan.FromSeconds(3);
}
