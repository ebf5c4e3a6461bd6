namespace HandoffBot.Dialogs.Root;

/// <summary>One entry of the help menu: what the customer picks, other words for it, and what the bot says about it.</summary>
public sealed record HelpTopic(string Title, IReadOnlyList<string> Synonyms, string Answer);
