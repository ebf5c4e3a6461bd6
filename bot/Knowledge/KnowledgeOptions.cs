namespace HandoffBot.Knowledge;

/// <summary>Options bound from <c>HandoffBot:Knowledge</c>.</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "HandoffBot:Knowledge";

    /// <summary>The sample help center shipped with the bot, relative to the content root (or, failing that, the app's folder).</summary>
    public const string DefaultPath = "SampleData/helpcenter";

    /// <summary>
    /// Folder of help-center files: Markdown articles with YAML front matter, FAQ CSV files, Zendesk JSON exports.
    /// Relative paths are resolved against the content root, then the app's folder.
    /// </summary>
    public string Path { get; set; } = DefaultPath;

    /// <summary>Quiet time after the last file change before the index is rebuilt (editors save in several steps).</summary>
    public TimeSpan RebuildDelay { get; set; } = TimeSpan.FromSeconds(1);
}
