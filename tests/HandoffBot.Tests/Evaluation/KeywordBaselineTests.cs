namespace HandoffBot.Tests.Evaluation;

public sealed class KeywordBaselineTests
{
    [Fact]
    public void The_keyword_rule_hands_off_at_the_first_message_that_names_a_person_or_a_sensitive_topic()
    {
        var played = KeywordBaseline.Play(Conversation("handoff", 2, "how do I export my data?", "this is useless, I want a REFUND", "hello?"));

        Assert.Equal(2, played.HandoffTurn);
        Assert.Equal(HandoffOutcome.TruePositive, played.Outcome);
        Assert.Equal(2, played.Turns.Count);
    }

    [Fact]
    public void The_keyword_rule_takes_a_question_about_a_sensitive_word_for_a_request_and_misses_what_names_none()
    {
        Assert.Equal(HandoffOutcome.FalsePositive, KeywordBaseline.Play(Conversation("none", null, "what is your refund policy?")).Outcome);
        Assert.Equal(HandoffOutcome.FalseNegative, KeywordBaseline.Play(Conversation("handoff", 1, "this keeps breaking and I'm done with it")).Outcome);
    }

    [Fact]
    public void With_a_baseline_the_report_puts_both_side_by_side_and_still_ends_with_the_summary_line()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("customers.json"), "[]");
        File.WriteAllText(folder.File("conversations.json"), """
            {"about": "two conversations", "conversations": [
              {"id": "c1", "kind": "explicit", "expect": "handoff", "by": 1, "turns": ["get me a person"]},
              {"id": "c2", "kind": "routine", "expect": "none", "turns": ["what is your refund policy?"]}]}
            """);
        var set = ConversationSet.Load(folder.Path);
        var detector = HandoffScore.Total([Played(set.Conversations[0], 1), Played(set.Conversations[1], null)]);
        var baseline = HandoffScore.Total([.. set.Conversations.Select(KeywordBaseline.Play)]);
        using var log = new StringWriter();

        HandoffReport.Write(log, set, detector, baseline);

        var lines = log.ToString().TrimEnd().Split(Environment.NewLine);
        Assert.Contains(lines, l => l.StartsWith("routine", StringComparison.Ordinal) && l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, "1", "1", "0"]);
        Assert.Contains("keyword baseline: handoff precision=0.500 recall=1.000 late=0 tp=1 fp=1 fn=0 tn=0", lines);
        Assert.Equal("handoff precision=1.000 recall=1.000 late=0 tp=1 fp=0 fn=0 tn=1", lines[^1]);
    }

    private static LabeledConversation Conversation(string expect, int? by, params string[] turns) =>
        new("T", "test", expect, by, null, [.. turns.Select(t => new ConversationTurn(t, null))]);

    private static PlayedConversation Played(LabeledConversation conversation, int? handoffTurn) =>
        new(conversation, [], handoffTurn, HandoffScore.Classify(conversation, handoffTurn));
}
