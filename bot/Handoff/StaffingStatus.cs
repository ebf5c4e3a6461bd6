namespace HandoffBot.Handoff;

/// <summary>A skill's staffing right now: <see cref="Reason"/> is null when someone can answer.</summary>
public sealed record StaffingStatus(OfflineReason? Reason, DateTimeOffset? NextOpening, string? TimeZoneId)
{
    public static StaffingStatus Staffed { get; } = new(null, null, null);

    public bool IsStaffed => Reason is null;
}
