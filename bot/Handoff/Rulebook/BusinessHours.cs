namespace HandoffBot.Handoff.Rulebook;

/// <summary>When a skill's agents work: the same opening hours on the listed days, in one time zone, except holidays.</summary>
public sealed record BusinessHours(
    TimeZoneInfo TimeZone,
    IReadOnlySet<DayOfWeek> Days,
    TimeOnly Open,
    TimeOnly Close,
    IReadOnlySet<DateOnly> Holidays)
{
    // Far enough to cross any run of holidays; a skill that never opens within it is reported as never opening.
    private const int DaysSearched = 400;

    /// <summary>Whether the skill is staffed at <paramref name="at"/> (local date and time in <see cref="TimeZone"/>).</summary>
    public bool IsOpen(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, TimeZone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return IsWorkingDay(date) && time >= Open && time < Close;
    }

    /// <summary>
    /// When the skill is next staffed: <paramref name="now"/> itself when open, otherwise the next opening on a working
    /// day that is not a holiday, in the skill's time zone (daylight saving included). Null when it never opens.
    /// </summary>
    public DateTimeOffset? NextOpening(DateTimeOffset now)
    {
        if (IsOpen(now))
        {
            return now;
        }

        var local = TimeZoneInfo.ConvertTime(now, TimeZone);
        var today = DateOnly.FromDateTime(local.DateTime);
        for (var i = 0; i < DaysSearched; i++)
        {
            var date = today.AddDays(i);
            if (!IsWorkingDay(date))
            {
                continue;
            }

            var opening = Instant(date.ToDateTime(Open));
            if (opening > now)
            {
                return opening;
            }
        }

        return null;
    }

    private bool IsWorkingDay(DateOnly date) => Days.Contains(date.DayOfWeek) && !Holidays.Contains(date);

    private DateTimeOffset Instant(DateTime local)
    {
        // An opening inside a spring-forward gap starts when the clocks resume.
        while (TimeZone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }
}
