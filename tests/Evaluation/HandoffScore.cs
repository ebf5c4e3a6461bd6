namespace HandoffBot.Evaluation;

/// <summary>
/// The scoring rules of docs/DESIGN.md: a <c>handoff</c> conversation with <c>handoff.initiate</c> by turn <c>by</c> is a
/// true positive, later it is late (a miss for recall, not a false positive), never a false negative; a <c>none</c>
/// conversation with any handoff is a false positive. Precision = (TP + late) / (TP + late + FP);
/// recall = TP / (all handoff conversations). An empty denominator gives 0.
/// </summary>
public static class HandoffScore
{
    /// <summary>Scores one conversation given the 1-based turn of its first <c>handoff.initiate</c> (null when none).</summary>
    public static HandoffOutcome Classify(LabeledConversation conversation, int? handoffTurn) =>
        (conversation.ExpectsHandoff, handoffTurn) switch
        {
            (true, null) => HandoffOutcome.FalseNegative,
            (true, { } turn) when turn <= conversation.By => HandoffOutcome.TruePositive,
            (true, _) => HandoffOutcome.Late,
            (false, null) => HandoffOutcome.TrueNegative,
            (false, _) => HandoffOutcome.FalsePositive,
        };

    /// <summary>Totals the played conversations into the set's result.</summary>
    public static HandoffEvaluationResult Total(IReadOnlyList<PlayedConversation> played)
    {
        int Count(HandoffOutcome outcome) => played.Count(p => p.Outcome == outcome);
        var tp = Count(HandoffOutcome.TruePositive);
        var late = Count(HandoffOutcome.Late);
        var fn = Count(HandoffOutcome.FalseNegative);
        var fp = Count(HandoffOutcome.FalsePositive);
        var tn = Count(HandoffOutcome.TrueNegative);
        var flagged = tp + late + fp;
        var expected = played.Count(p => p.Conversation.ExpectsHandoff);
        var turns = played.SelectMany(p => p.Turns).ToList();
        return new HandoffEvaluationResult(
            tp,
            late,
            fn,
            fp,
            tn,
            flagged == 0 ? 0 : (double)(tp + late) / flagged,
            expected == 0 ? 0 : (double)tp / expected,
            turns.Count == 0 ? 0 : turns.Average(t => t.ElapsedMs),
            played);
    }
}
