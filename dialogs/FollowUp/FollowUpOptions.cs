namespace HandoffBot.Dialogs.FollowUp;

/// <summary>What the follow-up offer needs: the waiting case, its team, and the time zone times are read in.</summary>
public sealed record FollowUpOptions(string HandoffId, string Skill, string TimeZoneId);
