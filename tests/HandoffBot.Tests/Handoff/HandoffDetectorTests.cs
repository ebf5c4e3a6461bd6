using HandoffBot.Handoff;
using HandoffBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

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

/// <summary>The detector of a running bot (shipped rulebook and pool): what its trained reading adds to example matching.</summary>
public sealed class TrainedDetectionTests(LiveBotFixture bot) : IClassFixture<LiveBotFixture>
{
    private HandoffDetector Detector => bot.Host.Services.GetRequiredService<HandoffDetector>();

    [Theory]
    [InlineData("is there anybody I can actually talk to", "human-request")]
    [InlineData("please make sure my money comes back to my card", "refund-demand")]
    [InlineData("I would like you to shut down my profile for good", "cancellation")]
    public void A_request_in_other_peoples_words_fires_its_trigger(string message, string trigger) =>
        Assert.Equal(trigger, Detector.Detect(message).Immediate?.Name);

    [Fact]
    public void What_no_example_is_close_to_is_read_by_the_trained_classifier_with_its_probability_and_features_as_evidence()
    {
        var fired = Detector.Detect("I would like you to shut down my profile for good").Immediate;

        Assert.NotNull(fired);
        Assert.Matches(@"^""I would like you to shut down my profile for good"" reads as cancellation \(p=0\.\d\d; demands\)$", fired.Evidence);
    }

    [Fact]
    public void Thinking_of_leaving_is_a_churn_signal_not_a_cancellation()
    {
        var detection = Detector.Detect("honestly I'm thinking of cancelling, this keeps breaking");

        Assert.True(detection.ChurnSignal);
        Assert.Null(detection.Immediate);
    }

    [Theory]
    [InlineData("my parcel never showed up and I want a person to sort it out", "human-request")]
    [InlineData("I'd rather sort this out with an actual employee", "human-request")]
    [InlineData("I don't want this account anymore, get rid of it", "cancellation")]
    [InlineData("we have no use for the service anymore, please cancel", "cancellation")]
    [InlineData("I no longer want this plan, cancel it", "cancellation")]
    [InlineData("someone got into my account without my permission", "security-incident")]
    [InlineData("I'll be calling my lawyer if this isn't fixed", "legal")]
    public void A_request_inside_a_longer_message_or_behind_a_negation_that_is_no_denial_fires_its_trigger(string message, string trigger) =>
        Assert.Equal(trigger, Detector.Detect(message).Immediate?.Name);

    [Theory]
    [InlineData("the courier smashed my parcel on the doorstep, I want this escalated")]
    public void A_message_the_trained_reading_finds_sensitive_but_splits_between_two_triggers_still_fires(string message) =>
        Assert.NotNull(Detector.Detect(message).Immediate);

    [Theory]
    [InlineData("human")]
    [InlineData("representative")]
    [InlineData("what's the best way to reach a person at your company")]
    public void A_bare_word_for_a_person_or_a_question_after_one_is_a_request_for_a_person(string message) =>
        Assert.Equal("human-request", Detector.Detect(message).Immediate?.Name);

    [Theory]
    [InlineData("I don't want to cancel my subscription, only pause it")]
    [InlineData("we're weighing a move to another tool after the summer")]
    [InlineData("I'm not disputing the charge, I just want to understand it")]
    [InlineData("all good without an agent, what's the cutoff time for pickups")]
    [InlineData("I don't think anyone hacked me, it was my other laptop")]
    [InlineData("I'm fine without support, where do I find the session settings")]
    [InlineData("I don't need support staff for this, I found it")]
    public void A_denied_request_or_a_thought_of_leaving_that_resembles_a_trigger_fires_nothing(string message) =>
        Assert.Null(Detector.Detect(message).Immediate);

    [Theory]
    [InlineData("ugh, mildly annoyed that the calendar view is slow again")]
    [InlineData("what does the refund process look like for annual plans")]
    [InlineData("where do I see my refund status")]
    [InlineData("cancel")]
    [InlineData("ok thanks, cancel")]
    [InlineData("no, cancel it")]
    [InlineData("quit suggesting an agent, just tell me where the invoices are")]
    [InlineData("it still says access denied")]
    public void Annoyance_questions_about_sensitive_topics_and_one_word_commands_fire_nothing(string message) =>
        Assert.Null(Detector.Detect(message).Immediate);
}
