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
}
