namespace HandoffBot.Handoff.Rulebook;

/// <summary>
/// What the bot says around a handoff, in the voice of the human agents. <see cref="Transition"/> has a <c>{wait}</c>
/// placeholder, <see cref="Closed"/> a <c>{when}</c> placeholder (the skill's next opening), and
/// <see cref="WaitingAcknowledgement"/> may have a <c>{status}</c> placeholder (the state of the wait).
/// </summary>
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

    public const string WhenPlaceholder = "{when}";

    public const string StatusPlaceholder = "{status}";

    public const string DefaultClosed =
        "Our team for this is away right now, so I can't connect you this minute. I've saved your case with everything " +
        "we've discussed, and the team will pick it up when they're back: {when}.";

    public const string DefaultUnstaffed =
        "Everyone on our team for this is busy or away just now, so I can't promise a quick reply. I've saved your case " +
        "with everything we've discussed, and the next available person will pick it up.";

    public const string DefaultEmailTransition =
        "Thanks for writing. I've passed this to someone from our support team: they can see everything you've written and " +
        "will reply to this email. Expected wait: {wait}.";

    public const string DefaultEmailOffline =
        "You don't need to do anything else: a person from our team will reply to this email.";

    public const string DefaultFrustrationAcknowledgement = "I'm sorry this has been so frustrating.";

    public const string DefaultWithdrawn =
        "Glad you found it! I've closed your request, so nobody will follow up on it. I'm here if you need anything else.";

    /// <summary>Outside the skill's business hours; <c>{when}</c> is the next opening.</summary>
    public string Closed { get; init; } = DefaultClosed;

    /// <summary>Within business hours, but no agent with the skill is available.</summary>
    public string Unstaffed { get; init; } = DefaultUnstaffed;

    /// <summary>Said first when frustration is among the reasons for an offer or a handoff, before anything else.</summary>
    public string FrustrationAcknowledgement { get; init; } = DefaultFrustrationAcknowledgement;

    /// <summary>The customer withdrew their request while waiting ("never mind, I found it").</summary>
    public string Withdrawn { get; init; } = DefaultWithdrawn;

    /// <summary>The handoff starts on email: a person will reply by mail; <c>{wait}</c> as in <see cref="Transition"/>.</summary>
    public string EmailTransition { get; init; } = DefaultEmailTransition;

    /// <summary>Said on email after <see cref="Closed"/> or <see cref="Unstaffed"/>, instead of offering a follow-up (mail is one).</summary>
    public string EmailOffline { get; init; } = DefaultEmailOffline;

    public string FormatEmailTransition(string wait) => EmailTransition.Replace(WaitPlaceholder, wait, StringComparison.Ordinal);

    public string FormatTransition(string wait) => Transition.Replace(WaitPlaceholder, wait, StringComparison.Ordinal);

    public string FormatWaitingAcknowledgement(string status) =>
        WaitingAcknowledgement.Replace(StatusPlaceholder, status, StringComparison.Ordinal);

    public string FormatClosed(string when) => Closed.Replace(WhenPlaceholder, when, StringComparison.Ordinal);
}
