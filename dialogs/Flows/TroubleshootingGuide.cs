namespace HandoffBot.Dialogs.Flows;

/// <summary>One guided fix: the problem it is for (<paramref name="Key"/>, part of the topic), its title, its steps in order.</summary>
public sealed record TroubleshootingGuide(string Key, string Title, IReadOnlyList<string> Steps);
