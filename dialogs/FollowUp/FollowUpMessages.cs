using System.Globalization;

namespace HandoffBot.Dialogs.FollowUp;

/// <summary>What the follow-up offer says, in the voice of the support team.</summary>
public static class FollowUpMessages
{
    public const string Offer = "Rather than wait here, would you like us to follow up? We can email you, or call you back at a time that suits you.";

    public const string EmailChoice = "Email me";

    public const string CallbackChoice = "Call me back";

    public const string NoThanksChoice = "No thanks, I'll wait";

    public const string AskEmail = "Which email address should we use?";

    public const string RetryEmail = "That doesn't look like an email address. Please type it like name@example.com.";

    public const string AskPhone = "Which phone number should we call?";

    public const string RetryPhone = "I couldn't read a phone number there. Please type it with the area code, e.g. +1 212 555 0147.";

    public const string AskTime = "When should we call? For example \"tomorrow after 3pm\" or \"Monday at 10am\". Times are in {zone}.";

    public const string RetryTime = "I couldn't read a day and time there. Try something like \"tomorrow after 3pm\".";

    public const string PastTime = "That time has already passed. When else suits you?";

    public const string OutsideHours = "Our team isn't in at that time. Could you pick a time during their working hours?";

    public const string GaveUp = "No problem. Your case stays in the queue with everything we've discussed, and we'll reply here.";

    public const string Declined = "Alright. Your case stays in the queue with everything we've discussed, and we'll reply here as soon as someone is free.";

    public const string EmailConfirmed = "Done: ticket {ticket}. We'll email you at {email} with everything from this conversation, so you won't need to repeat yourself.";

    public const string CallbackConfirmed = "Done: ticket {ticket}. We'll call you on {phone} {when}. Everything from this conversation is on the ticket.";

    /// <summary>What an open email ticket promises, repeated whenever the customer hears about their wait.</summary>
    public const string EmailPromise = "We'll email you at {email} about ticket {ticket}.";

    /// <summary>What an open callback ticket promises, repeated whenever the customer hears about their wait.</summary>
    public const string CallbackPromise = "We'll call you on {phone} {when} about ticket {ticket}.";

    /// <summary>"on Tuesday 1 December at 15:00 (New York time)".</summary>
    public static string When(DateTimeOffset at, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return "on " + TimeZoneInfo.ConvertTime(at, zone).ToString("dddd d MMMM 'at' HH:mm", CultureInfo.InvariantCulture) + $" ({CallbackTime.ZoneName(zone)})";
    }
}
