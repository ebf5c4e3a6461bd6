namespace HandoffBot.Evaluation;

/// <summary>
/// A labeled conversation played through the bot: the turns played (playing stops at the first handoff), the 1-based
/// turn whose replies carried the first <c>handoff.initiate</c> (null when none), and the score.
/// </summary>
public sealed record PlayedConversation(LabeledConversation Conversation, IReadOnlyList<PlayedTurn> Turns, int? HandoffTurn, HandoffOutcome Outcome)
{
    public bool IsMiss => Outcome is HandoffOutcome.FalseNegative or HandoffOutcome.Late or HandoffOutcome.FalsePositive;
}
