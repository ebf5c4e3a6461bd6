namespace HandoffBot.Knowledge;

/// <summary>The YAML front matter of a Markdown article (DESIGN.md, "Knowledge articles").</summary>
public sealed class ArticleFrontMatter
{
    public string? Title { get; set; }

    public string? Url { get; set; }

    public List<string>? Tags { get; set; }

    public List<string>? Questions { get; set; }

    public List<string>? Pages { get; set; }
}
