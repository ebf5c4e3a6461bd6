namespace HandoffBot.Handoff.Rulebook;

/// <summary>What the bot says around a handoff, in the voice of the human agents. <see cref="Transition"/> has a <c>{wait}</c> placeholder.</summary>
public sealed record RulebookMessages(
    string Transition,
    string Offer,
    string OfferAccept,
    string OfferDecline,
    string RefusalAcknowledgement,
    string WaitingAcknowledgement,
    string HandoffFailed)
{
    public const string WaitPlaceholder = "{wait}";

    public string FormatTransition(string wait) => Transition.Replace(WaitPlaceholder, wait, StringComparison.Ordinal);
}
