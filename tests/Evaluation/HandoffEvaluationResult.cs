using System.Globalization;

namespace HandoffBot.Evaluation;

/// <summary>The scores of a set, every conversation as played, and the misses (false negatives, late handoffs, false positives).</summary>
public sealed record HandoffEvaluationResult(
    int TruePositives,
    int Late,
    int FalseNegatives,
    int FalsePositives,
    int TrueNegatives,
    double Precision,
    double Recall,
    double MeanTurnMs,
    IReadOnlyList<PlayedConversation> Conversations)
{
    public IReadOnlyList<PlayedConversation> Misses => [.. Conversations.Where(c => c.IsMiss)];

    /// <summary>The command's last line: <c>handoff precision=0.000 recall=0.000 late=0 tp=0 fp=0 fn=0 tn=0</c>.</summary>
    public string SummaryLine => string.Create(
        CultureInfo.InvariantCulture,
        $"handoff precision={Precision:0.000} recall={Recall:0.000} late={Late} tp={TruePositives} fp={FalsePositives} fn={FalseNegatives} tn={TrueNegatives}");
}
