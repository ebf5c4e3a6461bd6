using HandoffBot.Handoff.Detection;

namespace HandoffBot.Tests.Handoff.Detection;

public sealed class RequestFeaturesTests
{
    [Theory]
    [InlineData("how do I request a refund for a voided label", "asks for information")]
    [InlineData("I need a human to look at this issue", "demands, names a person")]
    [InlineData("please put me through to your billing team", "demands, asks to reach a person")]
    [InlineData("I'm not disputing the charge", "negated")]
    [InlineData("the export failed", "")]
    public void A_clause_is_described_by_the_features_it_carries(string clause, string described) =>
        Assert.Equal(described, RequestFeatures.Describe(clause));

    [Fact]
    public void The_features_follow_the_embedding_unchanged()
    {
        float[] embedding = [0.5f, -0.25f, 0.125f];

        var vector = RequestFeatures.Append(embedding, "get me an agent please");

        Assert.Equal(embedding.Length + RequestFeatures.Count, vector.Length);
        Assert.Equal(embedding, vector[..embedding.Length]);
        Assert.Contains(vector[embedding.Length..], f => f > 0);
    }
}
