namespace HandoffBot.Handoff;

/// <summary>What the bot says about a case it has already opened, in the voice of the rulebook's messages.</summary>
public static class HandoffMessages
{
    /// <summary>The answer to "is anyone there?" while the customer waits for a person who is coming.</summary>
    public static string StillHere(TimeSpan wait) =>
        $"Yes, I'm still here, and so is your case: a person from our team will join you in {WaitText(wait)}. Anything you write here goes straight to them.";

    /// <summary>A wait as a customer would say it: "a few minutes" or "about 15 minutes".</summary>
    public static string WaitText(TimeSpan wait) =>
        wait <= TimeSpan.FromMinutes(5) ? "a few minutes" : $"about {Math.Ceiling(wait.TotalMinutes / 5) * 5:0} minutes";
}
