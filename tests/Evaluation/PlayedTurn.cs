namespace HandoffBot.Evaluation;

/// <summary>
/// One customer turn as played: the bot's reply texts, a one-line summary of each <c>handoff.decision</c> trace,
/// whether a <c>handoff.initiate</c> event came with it, and the wall time of the POST.
/// </summary>
public sealed record PlayedTurn(
    int Number, ConversationTurn Turn, IReadOnlyList<string> Replies, IReadOnlyList<string> Decisions, bool HandoffInitiated, double ElapsedMs);
