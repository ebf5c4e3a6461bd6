namespace HandoffBot.Handoff.Rulebook;

/// <summary>When a skill's agents work: the same opening hours on the listed days, in one time zone, except holidays.</summary>
public sealed record BusinessHours(
    TimeZoneInfo TimeZone,
    IReadOnlySet<DayOfWeek> Days,
    TimeOnly Open,
    TimeOnly Close,
    IReadOnlySet<DateOnly> Holidays)
{
    /// <summary>Whether the skill is staffed at <paramref name="at"/> (local date and time in <see cref="TimeZone"/>).</summary>
    public bool IsOpen(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, TimeZone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return Days.Contains(local.DayOfWeek) && !Holidays.Contains(date) && time >= Open && time < Close;
    }
}
