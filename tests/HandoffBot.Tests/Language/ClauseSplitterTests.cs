using HandoffBot.Language;

namespace HandoffBot.Tests.Language;

public sealed class ClauseSplitterTests
{
    [Fact]
    public void An_and_that_opens_a_fresh_request_starts_a_clause_of_its_own() =>
        Assert.Equal(
            ["my parcel never arrived", "I want a person to sort it out"],
            ClauseSplitter.Split("my parcel never arrived and I want a person to sort it out"));

    [Theory]
    [InlineData("how do I export tasks and projects")]
    [InlineData("I logged out and logged back in")]
    public void An_and_inside_one_request_keeps_the_clause_whole(string message) =>
        Assert.Single(ClauseSplitter.Split(message));
}
