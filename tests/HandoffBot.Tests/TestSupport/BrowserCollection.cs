namespace HandoffBot.Tests.TestSupport;

/// <summary>Browser tests share one Chromium; they run one after another, beside the other collections.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
