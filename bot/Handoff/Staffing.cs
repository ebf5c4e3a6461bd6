using HandoffBot.Handoff.Rulebook;

namespace HandoffBot.Handoff;

/// <summary>
/// Whether a skill's team can take a case now: someone with the skill is available (<see cref="IAgentAvailability"/>).
/// When not, it says why (outside the rulebook's business hours, or everyone busy) and when the team is next in, so
/// the customer hears the truth.
/// </summary>
public sealed class Staffing(RulebookProvider rulebooks, IAgentAvailability availability, TimeProvider timeProvider)
{
    public async Task<StaffingStatus> CheckAsync(string skill, CancellationToken cancellationToken)
    {
        // Someone with the skill at their desk is a person coming, whatever the hours say (an early start, overtime);
        // the hours only explain why nobody is there.
        if (await availability.CountAvailableAsync(skill, cancellationToken) > 0)
        {
            return StaffingStatus.Staffed;
        }

        var now = timeProvider.GetUtcNow();
        return rulebooks.Current.FindSkill(skill)?.Hours is { } hours && !hours.IsOpen(now)
            ? new StaffingStatus(OfflineReason.Closed, hours.NextOpening(now), hours.TimeZone.Id)
            : new StaffingStatus(OfflineReason.Unstaffed, null, null);
    }

    /// <summary>Whether the skill's team works at <paramref name="at"/>; unknown skills are taken as always open.</summary>
    public bool IsOpen(string skill, DateTimeOffset at) => rulebooks.Current.FindSkill(skill)?.Hours.IsOpen(at) ?? true;

    /// <summary>The skill's time zone, for reading times the customer gives ("tomorrow at 3pm").</summary>
    public TimeZoneInfo TimeZoneOf(string skill) => rulebooks.Current.FindSkill(skill)?.Hours.TimeZone ?? TimeZoneInfo.Utc;

    /// <summary>The message that replaces the usual transition when nobody can answer soon.</summary>
    public string OfflineMessage(StaffingStatus status, RulebookMessages messages) =>
        WhenBack(status) is { } when ? messages.FormatClosed(when) : messages.Unstaffed;

    /// <summary>The short status of a wait nobody can answer soon, consistent with <see cref="OfflineMessage"/>.</summary>
    public string OfflineStatus(StaffingStatus status) =>
        WhenBack(status) is { } when ? HandoffMessages.TeamAway(when) : HandoffMessages.TeamBusy;

    /// <summary>The team's next opening as the customer reads it, when they are away for the day.</summary>
    private string? WhenBack(StaffingStatus status) =>
        status is { Reason: OfflineReason.Closed, NextOpening: { } opening, TimeZoneId: { } zone }
            ? OpeningText.Format(opening, timeProvider.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(zone))
            : null;
}
