namespace HandoffBot.Knowledge;

/// <summary>
/// Reads every article file in a folder (and its subfolders): <c>*.md</c> (one article each), <c>*.csv</c> (an FAQ),
/// <c>*.json</c> (a Zendesk export). A file that cannot be read is reported by name and skipped; the rest still load.
/// </summary>
public static class KnowledgeLoader
{
    public static readonly IReadOnlyList<string> Extensions = [".md", ".markdown", ".csv", ".json"];

    public static KnowledgeLoadResult Load(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var articles = new List<KnowledgeArticle>();
        var errors = new List<string>();
        if (!Directory.Exists(folder))
        {
            errors.Add($"{folder}: the knowledge folder does not exist.");
            return new KnowledgeLoadResult(articles, errors);
        }

        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(folder, file);
            try
            {
                articles.AddRange(Parse(file, name, File.ReadAllText(file)));
            }
            catch (Exception ex) when (ex is KnowledgeFormatException or IOException or UnauthorizedAccessException)
            {
                errors.Add(ex is KnowledgeFormatException ? ex.Message : $"{name}: {ex.Message}");
            }
        }

        // Two files may not claim the same id: the first (in name order) wins, the other is reported.
        var unique = new List<KnowledgeArticle>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var article in articles)
        {
            if (seen.Add(article.Id))
            {
                unique.Add(article);
            }
            else
            {
                errors.Add($"{article.Source}: article id '{article.Id}' is already used by another file; skipped.");
            }
        }

        return new KnowledgeLoadResult(unique, errors);
    }

    public static IReadOnlyList<KnowledgeArticle> Parse(string path, string source, string text)
    {
        var id = Path.GetFileNameWithoutExtension(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".md" or ".markdown" => [MarkdownArticleParser.Parse(id, text, source)],
            ".csv" => FaqCsvParser.Parse(id, text, source),
            ".json" => ZendeskExportParser.Parse(text, source),
            _ => throw new KnowledgeFormatException($"{source}: unknown file type."),
        };
    }
}
