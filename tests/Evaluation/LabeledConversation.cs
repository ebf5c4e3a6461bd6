namespace HandoffBot.Evaluation;

/// <summary>
/// One labeled conversation: <see cref="Expect"/> is <c>handoff</c> or <c>none</c>; <see cref="By"/> (1-based, handoff
/// only) is the last customer turn by which the handoff must have started; <see cref="Customer"/> a CRM profile id.
/// </summary>
public sealed record LabeledConversation(
    string Id, string Kind, string Expect, int? By, string? Customer, IReadOnlyList<ConversationTurn> Turns)
{
    public const string ExpectHandoff = "handoff";
    public const string ExpectNone = "none";

    public bool ExpectsHandoff => Expect == ExpectHandoff;
}
