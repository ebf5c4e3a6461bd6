using HandoffBot.Language;
using HandoffBot.Tests.Handoff.Detection;
using static HandoffBot.Tests.Handoff.Detection.SupportExamples;

namespace HandoffBot.Tests.Language;

[Collection(DetectionModelCollection.Name)]
public sealed class ExampleClassifierTests(DetectionModelFixture model)
{
    private const double Threshold = ExampleClassifier.RecommendedThreshold;

    private ExampleClassifier Classifier => model.Classifier;

    [Theory]
    [InlineData("put me through to someone from your support team")]
    [InlineData("can I get a real person?")]
    [InlineData("operator!!")]
    [InlineData("I'd like to chat with an actual human being")]
    [InlineData("is there any way to talk to a person?")]
    public void Paraphrases_of_asking_for_a_human_match_the_human_request_label(string message)
    {
        var result = Classifier.Classify(message);

        Assert.Equal(Human, result.Label);
        Assert.True(result.Score >= Threshold, $"score {result.Score:F3}, nearest example '{result.Evidence}'");
        Assert.False(result.Negated);
        Assert.Contains(result.Evidence, All.Where(e => e.Label == Human).Select(e => e.Text));
    }

    [Theory]
    [InlineData("cancle my acount", Cancellation)]
    [InlineData("speek to a human", Human)]
    [InlineData("i wnat a refnd", Refund)]
    [InlineData("my acount was hackd", Security)]
    public void Misspelt_requests_still_match_their_label(string message, string label)
    {
        var result = Classifier.Classify(message);

        Assert.Equal(label, result.Label);
        Assert.True(result.Score >= Threshold, $"score {result.Score:F3}");
    }

    [Theory]
    [InlineData("I was billed two times this month", Billing)]
    [InlineData("my lawyer will hear about this", Legal)]
    [InlineData("somebody got into my account and changed the password", Security)]
    [InlineData("I want my money back for this order", Refund)]
    [InlineData("please shut down my account, I'm done with your service", Cancellation)]
    [InlineData("this is ridiculous, let me talk to someone who can actually help", Human)]
    [InlineData("I want a refund because the app keeps crashing", Refund)]
    public void Reworded_sensitive_requests_match_their_label(string message, string label)
    {
        var result = Classifier.Classify(message);

        Assert.Equal(label, result.Label);
        Assert.True(result.Score >= Threshold, $"score {result.Score:F3}");
    }

    [Theory]
    [InlineData("I don't want to cancel", Cancellation)]
    [InlineData("I'm not asking for a refund", Refund)]
    [InlineData("not asking for a refund", Refund)]
    [InlineData("no need for a human, thanks", Human)]
    [InlineData("I never asked for a refund", Refund)]
    [InlineData("I'm not looking to cancel my subscription", Cancellation)]
    public void A_negated_request_does_not_count(string message, string negatedLabel)
    {
        var result = Classifier.Classify(message);

        Assert.False(result.IsMatch(negatedLabel, Threshold), $"{result.Label} {result.Score:F3}");
        var scoreForLabel = Classifier.ClassifyAll(message).Single(s => s.Label == negatedLabel);
        Assert.True(scoreForLabel.Score < Threshold, $"{negatedLabel} kept {scoreForLabel.Score:F3}");
    }

    [Fact]
    public void A_negated_request_is_reported_as_negated_with_a_score_below_the_threshold()
    {
        var result = Classifier.Classify("I don't want to cancel");

        Assert.True(result.Negated);
        Assert.Equal(Cancellation, result.NegatedLabel);
        Assert.Equal(Cancellation, result.Label);
        Assert.True(result.Score < Threshold);
    }

    [Fact]
    public void Declining_to_cancel_in_favour_of_a_downgrade_is_not_a_cancellation()
    {
        var result = Classifier.Classify("I don't want to cancel, just downgrade");

        Assert.True(result.Negated);
        Assert.Equal(Cancellation, result.NegatedLabel);
        Assert.NotEqual(Cancellation, result.Label);
        Assert.True(Classifier.ClassifyAll("I don't want to cancel, just downgrade").Single(s => s.Label == Cancellation).Score < Threshold);
    }

    [Theory]
    [InlineData("why was I not refunded yet?", Refund)]
    [InlineData("I can't cancel my subscription, the button doesn't work", Cancellation)]
    [InlineData("I was charged for something I never asked for", Billing)]
    public void A_negation_that_describes_the_problem_does_not_cancel_the_request(string message, string label)
    {
        var result = Classifier.Classify(message);

        Assert.Equal(label, result.Label);
        Assert.True(result.Score >= Threshold, $"score {result.Score:F3}");
        Assert.False(result.Negated);
    }

    [Theory]
    [InlineData("I don't want to talk to a bot, get me a human")]
    [InlineData("I don't want to talk to a bot get me a human")]
    [InlineData("no more bots. I want a person")]
    public void Refusing_the_bot_while_asking_for_a_human_is_a_human_request(string message)
    {
        var result = Classifier.Classify(message);

        Assert.Equal(Human, result.Label);
        Assert.True(result.Score >= Threshold, $"score {result.Score:F3}");
        Assert.False(result.Negated);
    }

    [Theory]
    [InlineData("how do I cancel a shared link?", Cancellation)]
    [InlineData("what is your refund policy?", Refund)]
    [InlineData("how do I change my billing address?", Billing)]
    public void How_to_questions_that_share_a_word_with_a_sensitive_label_do_not_match_it(string message, string sensitive)
    {
        var result = Classifier.Classify(message);

        Assert.False(result.IsMatch(sensitive, Threshold), $"{result.Label} {result.Score:F3} ('{result.Evidence}')");
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("thanks")]
    public void Small_talk_matches_nothing(string message)
    {
        var result = Classifier.Classify(message);

        Assert.True(result.Score < Threshold || result.Label == Routine, $"{result.Label} {result.Score:F3}");
    }

    [Fact]
    public void ClassifyAll_gives_every_label_best_first_with_its_nearest_example()
    {
        var all = Classifier.ClassifyAll("someone logged in from Brazil and I've never been there");

        Assert.Equal(All.Select(e => e.Label).Distinct().Order(), all.Select(s => s.Label).Order());
        Assert.Equal(all.OrderByDescending(s => s.Score).Select(s => s.Label), all.Select(s => s.Label));
        Assert.Equal(Security, all[0].Label);
        Assert.All(all, s => Assert.InRange(s.Score, 0, 1));
        Assert.All(all.Where(s => s.Score > 0), s => Assert.Contains(s.Example, All.Where(e => e.Label == s.Label).Select(e => e.Text)));
    }

    [Fact]
    public void The_result_names_a_runner_up_below_the_winner()
    {
        var result = Classifier.Classify("I was charged twice and I want my money back");

        Assert.Contains(result.Label, new[] { Billing, Refund });
        Assert.Contains(result.RunnerUpLabel, new[] { Billing, Refund });
        Assert.True(result.RunnerUpScore <= result.Score);
    }

    [Fact]
    public void Construction_without_examples_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new ExampleClassifier(model.Shared, []));
    }
}
