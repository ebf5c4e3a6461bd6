namespace HandoffBot.Knowledge;

/// <summary>
/// One help-center article, whatever file format it came from. <c>Id</c> is stable (the file name without extension,
/// or the id the export gives); <c>Source</c> is the file it was read from, for logs.
/// </summary>
public sealed record KnowledgeArticle(
    string Id,
    string Title,
    string? Url,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Pages,
    IReadOnlyList<KnowledgePassage> Passages,
    string Source);
