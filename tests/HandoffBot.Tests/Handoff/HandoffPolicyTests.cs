using HandoffBot.Handoff;
using HandoffBot.Handoff.Detection;
using HandoffBot.Handoff.Rulebook;

namespace HandoffBot.Tests.Handoff;

public sealed class HandoffPolicyTests
{
    private static readonly HandoffBot.Handoff.Rulebook.Rulebook Shipped =
        RulebookLoader.LoadFileAsync(Path.Combine(AppContext.BaseDirectory, "rulebook.yaml"), CancellationToken.None).GetAwaiter().GetResult();

    [Theory]
    [InlineData("Yes, connect me", true)]
    [InlineData("yes please", true)]
    [InlineData("ok yes connect me", true)]
    [InlineData("No, thanks", false)]
    [InlineData("nah", false)]
    [InlineData("no, no human, just tell me how to export my board", false)]
    [InlineData("ok requested a new one and it worked, thx", null)]
    [InlineData("ok and for the team plan, is it billed per user?", null)]
    [InlineData("how do I export a board?", null)]
    public void Only_a_clear_short_answer_or_a_plain_yes_or_no_lead_answers_an_offer(string text, bool? expected) =>
        Assert.Equal(expected, HandoffPolicy.AnswerToOffer(Shipped, text, Detection(notHelped: false)));

    [Fact]
    public void Nope_still_broken_reports_a_failure_instead_of_refusing_the_offer() =>
        Assert.Null(HandoffPolicy.AnswerToOffer(Shipped, "nope still broken", Detection(notHelped: true)));

    private static MessageDetection Detection(bool notHelped) => new(null, null, notHelped, SentimentResult.Neutral);
}
