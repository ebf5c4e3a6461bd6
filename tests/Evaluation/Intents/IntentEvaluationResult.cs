namespace HandoffBot.Evaluation.Intents;

/// <summary>
/// What one intent evaluation measured: top-1 accuracy on the in-scope test queries, and the confidence of every test
/// query (in scope: was the top article right; out of scope: always wrong), from which the threshold curve is drawn.
/// </summary>
public sealed record IntentEvaluationResult(
    string Dataset,
    int? Shots,
    int Articles,
    double Accuracy,
    IReadOnlyList<(double Confidence, bool Correct)> InScope,
    IReadOnlyList<double> OutOfScope,
    TimeSpan IndexTime,
    TimeSpan QueryTime)
{
    /// <summary>
    /// Over every test row at <paramref name="threshold"/>: in scope, answered with the right article; out of scope,
    /// declined.
    /// </summary>
    public double AllRowsCorrect(double threshold) =>
        InScope.Count + OutOfScope.Count == 0
            ? 0
            : (double)(InScope.Count(q => q.Correct && q.Confidence >= threshold) + OutOfScope.Count(c => c < threshold)) / (InScope.Count + OutOfScope.Count);

    /// <summary>The share of in-scope queries answered (confidence at or above the threshold) with the right article.</summary>
    public double AnsweredCorrectly(double threshold) =>
        InScope.Count == 0 ? 0 : (double)InScope.Count(q => q.Correct && q.Confidence >= threshold) / InScope.Count;

    /// <summary>The share of in-scope queries declined.</summary>
    public double InScopeDeclined(double threshold) =>
        InScope.Count == 0 ? 0 : (double)InScope.Count(q => q.Confidence < threshold) / InScope.Count;

    /// <summary>The share of out-of-scope queries declined.</summary>
    public double OutOfScopeDeclined(double threshold) =>
        OutOfScope.Count == 0 ? 0 : (double)OutOfScope.Count(c => c < threshold) / OutOfScope.Count;
}
