namespace HandoffBot.Dialogs.FollowUp;

/// <summary>How the follow-up offer ended.</summary>
public enum FollowUpOutcome
{
    /// <summary>A ticket was opened.</summary>
    Ticket,

    /// <summary>The customer prefers to wait in the chat.</summary>
    Declined,

    /// <summary>The customer wrote about something else; the message still needs handling.</summary>
    Ignored,
}
