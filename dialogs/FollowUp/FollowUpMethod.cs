namespace HandoffBot.Dialogs.FollowUp;

/// <summary>How the team gets back to a customer who cannot wait.</summary>
public enum FollowUpMethod
{
    /// <summary>No contact detail given: the team uses what the account already has.</summary>
    None,

    Email,

    Callback,
}
