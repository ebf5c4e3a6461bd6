namespace HandoffBot.Knowledge;

/// <summary>The articles read from a folder, and one message per file that was skipped.</summary>
public sealed record KnowledgeLoadResult(IReadOnlyList<KnowledgeArticle> Articles, IReadOnlyList<string> Errors);
