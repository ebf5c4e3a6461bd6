namespace HandoffBot.Handoff;

/// <summary>Why a handoff cannot be answered soon.</summary>
public enum OfflineReason
{
    /// <summary>Outside the skill's business hours (or a holiday).</summary>
    Closed,

    /// <summary>Inside business hours, but no agent with the skill is available.</summary>
    Unstaffed,
}
