namespace HandoffBot.Handoff.Rulebook;

/// <summary>Options bound from <c>HandoffBot:Rulebook</c>.</summary>
public sealed class RulebookOptions
{
    public const string SectionName = "HandoffBot:Rulebook";

    /// <summary>The shipped default's file name, next to the app (content root, else the output folder).</summary>
    public const string DefaultFileName = "rulebook.yaml";

    /// <summary>The rulebook YAML file; relative paths are resolved against the content root. Default: the shipped rulebook.</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>How long file-change notifications are collected before one reload (editors write files in several steps).</summary>
    public TimeSpan ReloadDebounce { get; set; } = TimeSpan.FromMilliseconds(300);
}
