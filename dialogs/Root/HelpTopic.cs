namespace HandoffBot.Dialogs.Root;

/// <summary>
/// One entry of the help menu: what the customer picks, other words for it, what the bot says about it, and the flow
/// it leads into, if any (begun after the answer when the root dialog has it).
/// </summary>
public sealed record HelpTopic(string Title, IReadOnlyList<string> Synonyms, string Answer, string? DialogId = null);
