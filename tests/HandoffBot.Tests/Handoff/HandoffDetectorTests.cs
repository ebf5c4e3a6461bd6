using HandoffBot.Handoff;

namespace HandoffBot.Tests.Handoff;

public sealed class HandoffDetectorTests
{
    [Theory]
    [InlineData("my account wasn't hacked or anything", "my account has been hacked")]
    [InlineData("we're NOT leaving tasklane lol", "we're moving off Tasklane, cancel everything")]
    [InlineData("no agent, just the link please", "get me an agent")]
    public void A_clause_denying_what_the_example_says_does_not_match(string clause, string example) =>
        Assert.True(HandoffDetector.DeniesExample(clause, example));

    [Theory]
    [InlineData("I never got my refund", "I want a refund")]
    [InlineData("I can't log in and I think my account was hacked", "my account has been hacked")]
    [InlineData("why haven't I received my refund", "I still haven't received my refund")]
    [InlineData("get me a human", "get me an agent")]
    public void Complaints_and_plain_requests_still_match(string clause, string example) =>
        Assert.False(HandoffDetector.DeniesExample(clause, example));
}
