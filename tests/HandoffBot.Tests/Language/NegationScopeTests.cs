using HandoffBot.Language;

namespace HandoffBot.Tests.Language;

public sealed class NegationScopeTests
{
    [Theory]
    [InlineData("I don't want to cancel", "to cancel")]
    [InlineData("I don't want my account anymore", "my account")]
    [InlineData("not asking for a refund", "for a refund")]
    public void What_a_negation_negates_is_the_thing_itself_without_the_cue_or_a_closing_anymore(string clause, string negated)
    {
        Assert.True(NegationScope.TryStrip(clause, out _, out var span));
        Assert.Equal(negated, NegationScope.Content(span));
    }

    [Theory]
    [InlineData("support", true)]
    [InlineData("an actual agent", true)]
    [InlineData("a human for that", true)]
    [InlineData("this service", false)]
    [InlineData("my account", false)]
    [InlineData("a single agent answered", false)]
    public void Declining_a_person_is_told_from_declining_a_thing(string negated, bool person) =>
        Assert.Equal(person, NegationScope.IsAPerson(negated));

    [Fact]
    public void Stop_offering_negates_the_request_that_follows()
    {
        Assert.True(NegationScope.TryStrip("stop offering me agents", out _, out var span));
        Assert.Equal("me agents", NegationScope.Content(span));
    }
}
