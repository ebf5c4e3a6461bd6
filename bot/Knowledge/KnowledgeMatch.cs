namespace HandoffBot.Knowledge;

/// <summary>
/// The best article for a question: the passage to quote, the calibrated <see cref="Confidence"/> in [0, 1] that it is
/// the right article, and the evidence behind it (for traces and the evaluation).
/// </summary>
public sealed record KnowledgeMatch(
    KnowledgeArticle Article,
    KnowledgePassage? Passage,
    double Confidence,
    double Similarity,
    double Margin,
    double Coverage,
    string? RunnerUp);
