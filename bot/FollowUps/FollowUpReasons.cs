namespace HandoffBot.FollowUps;

/// <summary>Why a follow-up ticket was opened.</summary>
public static class FollowUpReasons
{
    /// <summary>Nobody could answer soon and the customer chose an email or a callback.</summary>
    public const string Requested = "requested";

    /// <summary>The customer left the conversation while waiting (members removed).</summary>
    public const string CustomerLeft = "customer-left";

    /// <summary>The customer was silent for the inactivity timeout while waiting.</summary>
    public const string Inactive = "inactive";
}
