using System.Globalization;

namespace HandoffBot.Evaluation;

/// <summary>
/// Writes the evaluation report: every miss turn by turn, a per-kind table, the mean turn time, with a baseline the two
/// side by side, then the summary line.
/// </summary>
public static class HandoffReport
{
    public static void Write(TextWriter log, ConversationSet set, HandoffEvaluationResult result, HandoffEvaluationResult? baseline = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(result);
        var inv = CultureInfo.InvariantCulture;
        foreach (var miss in result.Misses)
        {
            var c = miss.Conversation;
            var expect = c.ExpectsHandoff ? $"handoff by turn {c.By}" : "none";
            var got = miss.HandoffTurn is { } h ? $"handoff at turn {h}" : "no handoff";
            log.WriteLine($"--- {Label(miss.Outcome)} {c.Id} ({c.Kind}{(c.Customer is null ? string.Empty : ", customer " + c.Customer)}): expected {expect}, got {got}");
            foreach (var turn in miss.Turns)
            {
                log.WriteLine($"  [{turn.Number}] customer: {turn.Turn.Text}");
                foreach (var reply in turn.Replies)
                {
                    log.WriteLine($"      bot: {OneLine(reply)}");
                }

                foreach (var decision in turn.Decisions)
                {
                    log.WriteLine($"      decision: {decision}");
                }

                if (turn.HandoffInitiated)
                {
                    log.WriteLine("      event: handoff.initiate");
                }
            }

            for (var i = miss.Turns.Count; i < c.Turns.Count; i++)
            {
                log.WriteLine($"  [{i + 1}] customer (not played, handoff already started): {c.Turns[i].Text}");
            }
        }

        log.WriteLine();
        log.WriteLine(string.Create(inv, $"{"kind",-12} {"n",4} {"correct",8} {"late",5} {"fn",4} {"fp",4}"));
        foreach (var group in result.Conversations.GroupBy(p => p.Conversation.Kind))
        {
            int Count(HandoffOutcome o) => group.Count(p => p.Outcome == o);
            var correct = Count(HandoffOutcome.TruePositive) + Count(HandoffOutcome.TrueNegative);
            log.WriteLine(string.Create(inv,
                $"{group.Key,-12} {group.Count(),4} {correct,8} {Count(HandoffOutcome.Late),5} {Count(HandoffOutcome.FalseNegative),4} {Count(HandoffOutcome.FalsePositive),4}"));
        }

        var total = result.Conversations.Count;
        log.WriteLine(string.Create(inv, $"{"total",-12} {total,4} {result.TruePositives + result.TrueNegatives,8} {result.Late,5} {result.FalseNegatives,4} {result.FalsePositives,4}"));
        var turns = result.Conversations.Sum(p => p.Turns.Count);
        log.WriteLine(string.Create(inv, $"mean wall time per turn: {result.MeanTurnMs:0.0} ms over {turns} turns"));
        if (baseline is not null)
        {
            WriteComparison(log, result, baseline);
        }

        log.WriteLine(result.SummaryLine);
    }

    // Correct conversations per kind, and the scores, of HandoffBot and the keyword baseline on the same set.
    private static void WriteComparison(TextWriter log, HandoffEvaluationResult result, HandoffEvaluationResult baseline)
    {
        var inv = CultureInfo.InvariantCulture;
        static bool Correct(PlayedConversation p) => p.Outcome is HandoffOutcome.TruePositive or HandoffOutcome.TrueNegative;
        var baselineById = baseline.Conversations.ToDictionary(p => p.Conversation.Id, StringComparer.Ordinal);
        log.WriteLine();
        log.WriteLine(string.Create(inv, $"{"kind",-12} {"n",4} {"HandoffBot",11} {"keywords",9}   (correct conversations)"));
        foreach (var group in result.Conversations.GroupBy(p => p.Conversation.Kind))
        {
            log.WriteLine(string.Create(inv,
                $"{group.Key,-12} {group.Count(),4} {group.Count(Correct),11} {group.Count(p => Correct(baselineById[p.Conversation.Id])),9}"));
        }

        log.WriteLine(string.Create(inv, $"{"total",-12} {result.Conversations.Count,4} {result.Conversations.Count(Correct),11} {baseline.Conversations.Count(Correct),9}"));
        log.WriteLine("keyword baseline: " + baseline.SummaryLine);
        log.WriteLine("HandoffBot:       " + result.SummaryLine);
    }

    private static string Label(HandoffOutcome outcome) => outcome switch
    {
        HandoffOutcome.FalseNegative => "MISS (fn)",
        HandoffOutcome.Late => "LATE",
        HandoffOutcome.FalsePositive => "FALSE HANDOFF (fp)",
        _ => outcome.ToString(),
    };

    private static string OneLine(string text) => text.ReplaceLineEndings(" / ");
}
