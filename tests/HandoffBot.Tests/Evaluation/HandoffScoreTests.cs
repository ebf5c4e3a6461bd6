namespace HandoffBot.Tests.Evaluation;

public sealed class HandoffScoreTests
{
    [Theory]
    [InlineData("handoff", 2, 1, HandoffOutcome.TruePositive)]
    [InlineData("handoff", 2, 2, HandoffOutcome.TruePositive)]
    [InlineData("handoff", 2, 3, HandoffOutcome.Late)]
    [InlineData("handoff", 2, null, HandoffOutcome.FalseNegative)]
    [InlineData("none", null, 1, HandoffOutcome.FalsePositive)]
    [InlineData("none", null, null, HandoffOutcome.TrueNegative)]
    public void Each_conversation_is_scored_by_when_the_handoff_started(string expect, int? by, int? handoffTurn, HandoffOutcome outcome) =>
        Assert.Equal(outcome, HandoffScore.Classify(Conversation(expect, by), handoffTurn));

    [Fact]
    public void Late_handoffs_count_for_precision_but_not_for_recall()
    {
        var played = new[]
        {
            Played("handoff", 1, 1),
            Played("handoff", 1, 2),
            Played("handoff", 1, null),
            Played("none", null, 1),
            Played("none", null, null),
        };

        var result = HandoffScore.Total(played);

        Assert.Equal(2.0 / 3, result.Precision, 3);
        Assert.Equal(1.0 / 3, result.Recall, 3);
        Assert.Equal("handoff precision=0.667 recall=0.333 late=1 tp=1 fp=1 fn=1 tn=1", result.SummaryLine);
    }

    private static LabeledConversation Conversation(string expect, int? by) =>
        new("T", "test", expect, by, null, [new ConversationTurn("hi", null), new ConversationTurn("more", null), new ConversationTurn("again", null)]);

    private static PlayedConversation Played(string expect, int? by, int? handoffTurn)
    {
        var conversation = Conversation(expect, by);
        return new PlayedConversation(conversation, [], handoffTurn, HandoffScore.Classify(conversation, handoffTurn));
    }
}
