namespace HandoffBot.FollowUps;

/// <summary>When a waiting customer counts as gone (<c>HandoffBot:Handoff</c>).</summary>
public sealed class InactivityOptions
{
    public const string SectionName = "HandoffBot:Handoff";

    /// <summary>A waiting customer silent this long is treated as gone; their case becomes a follow-up ticket.</summary>
    public TimeSpan InactivityTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often waiting customers are checked for silence.</summary>
    public TimeSpan InactivityScanInterval { get; set; } = TimeSpan.FromSeconds(30);
}
