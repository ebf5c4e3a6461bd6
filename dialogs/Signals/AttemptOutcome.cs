namespace HandoffBot.Dialogs.Signals;

/// <summary>How an article or flow the bot tried on the customer's problem ended.</summary>
public enum AttemptOutcome
{
    Resolved,
    Failed,
    Abandoned,
}
