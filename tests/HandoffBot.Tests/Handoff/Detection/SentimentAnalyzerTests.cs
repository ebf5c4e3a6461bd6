using HandoffBot.Handoff.Detection;

namespace HandoffBot.Tests.Handoff.Detection;

public sealed class SentimentAnalyzerTests
{
    private readonly SentimentAnalyzer _analyzer = new();

    [Fact]
    public void Shouted_complaint_with_exclamations_and_repetition_is_highly_frustrated()
    {
        var result = _analyzer.Analyze("This is UNACCEPTABLE!!! third time I'm asking");

        Assert.True(result.Score <= -0.7, $"score {result.Score}");
        Assert.True(result.Frustration >= 0.8, $"frustration {result.Frustration}");
        Assert.Contains("lexicon: unacceptable", result.Evidence);
        Assert.Contains("lexicon: third time", result.Evidence);
        Assert.Contains("caps: UNACCEPTABLE", result.Evidence);
        Assert.Contains("!!!", result.Evidence);
    }

    [Fact]
    public void Thanks_for_a_fix_is_positive_and_not_frustrated()
    {
        var result = _analyzer.Analyze("thanks, that worked great");

        Assert.True(result.Score >= 0.5, $"score {result.Score}");
        Assert.Equal(0, result.Frustration);
    }

    [Fact]
    public void Not_bad_at_all_is_not_negative()
    {
        var result = _analyzer.Analyze("not bad at all");

        Assert.True(result.Score >= 0, $"score {result.Score}");
        Assert.Equal(0, result.Frustration);
        Assert.Contains("negation: not bad", result.Evidence);
    }

    [Fact]
    public void Not_happy_is_negative()
    {
        var result = _analyzer.Analyze("I am not happy with this");

        Assert.True(result.Score < 0, $"score {result.Score}");
        Assert.True(result.Frustration > 0);
        Assert.Contains("negation: not happy", result.Evidence);
    }

    [Fact]
    public void An_intensifier_makes_a_complaint_stronger_and_is_reported()
    {
        var plain = _analyzer.Analyze("this is frustrating");
        var intense = _analyzer.Analyze("this is extremely frustrating");

        Assert.True(intense.Score < plain.Score);
        Assert.Contains("intensifier: extremely", intense.Evidence);
    }

    [Fact]
    public void A_message_in_all_caps_reads_as_shouting()
    {
        var result = _analyzer.Analyze("WHERE IS MY ORDER");

        Assert.Contains("all caps", result.Evidence);
        Assert.True(result.Score < 0);
        Assert.True(result.Frustration >= 0.4, $"frustration {result.Frustration}");
    }

    [Fact]
    public void Repeated_question_marks_add_to_frustration()
    {
        var calm = _analyzer.Analyze("why is it still not working?");
        var exasperated = _analyzer.Analyze("why is it still not working???");

        Assert.Contains("??", exasperated.Evidence);
        Assert.True(exasperated.Frustration > calm.Frustration);
    }

    [Theory]
    [InlineData("how do I export my data to CSV?")]
    [InlineData("what are your opening hours")]
    [InlineData("")]
    public void A_plain_question_is_neutral(string message)
    {
        var result = _analyzer.Analyze(message);

        Assert.InRange(result.Score, -0.2, 0.2);
        Assert.Equal(0, result.Frustration);
    }

    [Theory]
    [InlineData("this is the worst service ever, a complete waste of time")]
    [InlineData("your product is useless and support is a joke")]
    [InlineData("I'm so fed up, it's still not working")]
    [InlineData("this is a scam")]
    public void Support_complaints_score_negative(string message)
    {
        var result = _analyzer.Analyze(message);

        Assert.True(result.Score <= -0.4, $"score {result.Score}");
        Assert.True(result.Frustration >= 0.4, $"frustration {result.Frustration}");
        Assert.NotEmpty(result.Evidence);
    }

    [Fact]
    public void Enthusiastic_thanks_is_not_frustration()
    {
        var result = _analyzer.Analyze("THANK YOU SO MUCH!!! amazing");

        Assert.True(result.Score > 0.5);
        Assert.Equal(0, result.Frustration);
    }

    [Fact]
    public void Scores_stay_in_range()
    {
        var result = _analyzer.Analyze("WORST WORST WORST!!!!!!!! USELESS SCAM RIDICULOUS UNACCEPTABLE??????");

        Assert.InRange(result.Score, -1, 1);
        Assert.InRange(result.Frustration, 0, 1);
    }
}
