using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace HandoffBot.Knowledge;

/// <summary>Reads one Markdown article with YAML front matter; <c>title</c> is required, the rest optional.</summary>
public static class MarkdownArticleParser
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public static KnowledgeArticle Parse(string id, string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        if (!normalized.StartsWith("---\n", StringComparison.Ordinal))
        {
            throw new KnowledgeFormatException($"{source}: no YAML front matter (the file must start with a '---' line).");
        }

        var end = normalized.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new KnowledgeFormatException($"{source}: the front matter is not closed with a '---' line.");
        }

        ArticleFrontMatter? front;
        try
        {
            front = Yaml.Deserialize<ArticleFrontMatter>(normalized[4..end]);
        }
        catch (YamlException ex)
        {
            throw new KnowledgeFormatException($"{source}: invalid front matter at line {ex.Start.Line + 1}: {ex.Message}", ex);
        }

        if (front is null || string.IsNullOrWhiteSpace(front.Title))
        {
            throw new KnowledgeFormatException($"{source}: 'title' is required in the front matter.");
        }

        var bodyStart = normalized.IndexOf('\n', end + 1);
        var body = bodyStart < 0 ? string.Empty : normalized[(bodyStart + 1)..];
        return new KnowledgeArticle(
            id,
            front.Title.Trim(),
            string.IsNullOrWhiteSpace(front.Url) ? null : front.Url.Trim(),
            Clean(front.Tags),
            Clean(front.Questions),
            Clean(front.Pages),
            PassageSplitter.Split(body),
            source);
    }

    private static List<string> Clean(List<string>? values) =>
        values is null ? [] : [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim())];
}
