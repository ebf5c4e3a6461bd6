namespace HandoffBot.Knowledge;

/// <summary>A short piece of an article (a paragraph or list under its heading): what the bot quotes as an answer.</summary>
public sealed record KnowledgePassage(string? Heading, string Text);
