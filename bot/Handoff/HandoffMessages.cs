namespace HandoffBot.Handoff;

/// <summary>
/// What the bot says about a case it has already opened, in the voice of the rulebook's messages. Every message about
/// the wait carries the same status: a person coming, the team away until a time, or the follow-up promised.
/// </summary>
public static class HandoffMessages
{
    /// <summary>The answer to "is anyone there?" while the customer waits.</summary>
    public static string StillHere(string status) => $"Yes, I'm still here, and so is your case. {status}";

    /// <summary>Said with an answer the bot gave while the customer waits, so they know the case did not go away.</summary>
    public static string CaseStaysOpen(string status) => $"Your case stays open too. {status}";

    /// <summary>The status while a person with the skill is available.</summary>
    public static string PersonComing(TimeSpan wait) => $"A person from our team will join you in {WaitText(wait)}.";

    /// <summary>The status outside the team's hours; <paramref name="when"/> is their next opening.</summary>
    public static string TeamAway(string when) => $"Our team is away right now and will pick it up when they're back: {when}.";

    /// <summary>The status within hours when nobody with the skill is available.</summary>
    public const string TeamBusy = "Everyone on our team is busy just now; the next available person will pick it up.";

    /// <summary>A wait as a customer would say it: "a few minutes" or "about 15 minutes".</summary>
    public static string WaitText(TimeSpan wait) =>
        wait <= TimeSpan.FromMinutes(5) ? "a few minutes" : $"about {Math.Ceiling(wait.TotalMinutes / 5) * 5:0} minutes";
}
