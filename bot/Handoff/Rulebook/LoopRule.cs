namespace HandoffBot.Handoff.Rulebook;

/// <summary>
/// A loop fires when the same problem has been attempted <see cref="MaxAttempts"/> times without success, when the
/// customer says it did not help (<see cref="NotHelpedPhrases"/>), or repeats or rephrases the question
/// (similarity at or above <see cref="RephraseSimilarity"/>).
/// </summary>
public sealed record LoopRule(int MaxAttempts, IReadOnlyList<string> NotHelpedPhrases, double RephraseSimilarity);
