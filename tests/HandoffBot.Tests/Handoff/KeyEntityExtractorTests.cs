using HandoffBot.Handoff;
using Microsoft.Extensions.Time.Testing;

namespace HandoffBot.Tests.Handoff;

public sealed class KeyEntityExtractorTests
{
    private readonly KeyEntityExtractor _extractor = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Finds_the_facts_an_agent_needs_in_customer_messages()
    {
        var entities = _extractor.Extract(
        [
            "I was charged $49.99 twice for order 10432",
            "you can reach me at dana.lee@example.com or +1 415 555 0133",
            "it happened on November 3rd, see ticket #TK-2291",
        ]);

        Assert.Contains(entities, e => e.Type == KeyEntityExtractor.Reference && e.Value == "10432");
        Assert.Contains(entities, e => e.Type == KeyEntityExtractor.Reference && e.Value == "TK-2291");
        Assert.Contains(entities, e => e.Type == KeyEntityExtractor.Email && e.Value == "dana.lee@example.com");
        Assert.Contains(entities, e => e.Type == KeyEntityExtractor.Phone && e.Text.Contains("555", StringComparison.Ordinal));
        Assert.Contains(entities, e => e.Type == KeyEntityExtractor.Amount && e.Value.StartsWith("49.99", StringComparison.Ordinal));
        Assert.True(entities.Any(e => e.Type == KeyEntityExtractor.Date && e.Value == "2026-11-03"), string.Join("; ", entities));
    }

    [Fact]
    public void Plain_chatter_yields_nothing()
    {
        Assert.Empty(_extractor.Extract(["hi there", "I want to talk to someone please"]));
    }
}
