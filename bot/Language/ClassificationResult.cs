namespace HandoffBot.Language;

/// <summary>
/// The outcome of <see cref="ExampleClassifier.Classify"/>. <see cref="Label"/> and <see cref="Score"/> are the best
/// label once negated phrases are discounted; compare <see cref="Score"/> with a threshold before acting on it.
/// <see cref="Negated"/> says the label that matched best before negation was handled ("cancel" in
/// "I don't want to cancel") was negated; <see cref="NegatedLabel"/> names it.
/// </summary>
public sealed record ClassificationResult(
    string Label,
    double Score,
    string Evidence,
    string Clause,
    string? RunnerUpLabel,
    double RunnerUpScore,
    bool Negated,
    string? NegatedLabel)
{
    /// <summary>Whether <see cref="Label"/> matched at or above <paramref name="threshold"/> (and was not negated away).</summary>
    public bool IsMatch(double threshold) => Score >= threshold;

    public bool IsMatch(string label, double threshold) => Score >= threshold && string.Equals(Label, label, StringComparison.Ordinal);
}
