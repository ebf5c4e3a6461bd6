using HandoffBot.Dialogs.Choices;

namespace HandoffBot.Dialogs.Tests.Choices;

public class ChoiceRecognizerTests
{
    private static readonly Choice[] _colours = [new("Red"), new("Dark Red"), new("Blue") { Synonyms = ["navy"] }];

    [Theory]
    [InlineData("red", "Red")]
    [InlineData("dark red", "Dark Red")]
    [InlineData("the dark one", "Dark Red")]
    [InlineData("Navy!", "Blue")]
    [InlineData("3", "Blue")]
    [InlineData("second", "Dark Red")]
    [InlineData("two", "Dark Red")]
    public void Best_match_wins(string utterance, string expected)
    {
        Assert.Equal(expected, ChoiceRecognizer.RecognizeChoice(utterance, _colours)?.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("green")]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("red or blue")]
    public void No_match_or_a_tie_is_no_answer(string utterance)
    {
        Assert.Null(ChoiceRecognizer.RecognizeChoice(utterance, _colours));
    }

    [Fact]
    public void The_found_choice_reports_its_index_and_what_matched()
    {
        var found = ChoiceRecognizer.RecognizeChoice("navy please", _colours);

        Assert.Equal(2, found?.Index);
        Assert.Equal("navy", found?.Synonym);
        Assert.Equal(1.0, found?.Score);
    }
}
