using HandoffBot.Knowledge;

namespace HandoffBot.Tests.Knowledge;

public sealed class TypoNeighboursTests
{
    private static readonly TypoNeighbours Index = new(["export", "expert", "import", "invoic", "invoice", "refund", "xport"]);

    [Theory]
    [InlineData("exprot", "export")] // two letters swapped
    [InlineData("exort", "export")] // a letter dropped
    [InlineData("exxport", "export")] // a letter added
    [InlineData("refumd", "refund")] // a letter changed
    public void A_word_one_typo_away_finds_the_help_centers_word(string typed, string expected)
    {
        Assert.Contains(Index.Within(typed), n => n.Term == expected);
    }

    [Fact]
    public void The_first_letter_is_never_taken_for_a_typo_and_two_edits_are_too_many()
    {
        Assert.DoesNotContain(Index.Within("xexport"), n => n.Term == "export");
        Assert.Empty(Index.Within("rfeudn"));
    }

    [Fact]
    public void An_exact_word_weighs_fully_and_a_typo_loses_one_part_in_the_shorter_length()
    {
        var found = Index.Within("invoice");

        Assert.Equal([("invoic", 1 - (1f / 6)), ("invoice", 1f)], found);
    }
}
