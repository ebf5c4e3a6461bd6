using HandoffBot.Handoff;
using HandoffBot.Handoff.Rulebook;

namespace HandoffBot.Tests.Handoff.Rulebook;

/// <summary>When a team is next in, as the offline message tells the customer.</summary>
public sealed class BusinessHoursTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static readonly BusinessHours Billing = new(
        NewYork,
        new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday },
        new TimeOnly(8, 0),
        new TimeOnly(20, 0),
        new HashSet<DateOnly> { new(2026, 11, 26) });

    [Fact]
    public void Open_team_is_open_now()
    {
        var now = new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero);

        Assert.Equal(now, Billing.NextOpening(now));
    }

    [Fact]
    public void Friday_evening_waits_for_monday_morning_in_the_teams_time_zone()
    {
        var fridayNight = new DateTimeOffset(2026, 11, 28, 2, 0, 0, TimeSpan.Zero); // Friday 21:00 in New York

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.FromHours(-5)), Billing.NextOpening(fridayNight));
    }

    [Fact]
    public void Holidays_are_skipped()
    {
        var wednesdayNight = new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero); // Wednesday 21:00; Thursday is Thanksgiving

        Assert.Equal(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.FromHours(-5)), Billing.NextOpening(wednesdayNight));
    }

    [Fact]
    public void Daylight_saving_moves_the_opening_in_utc()
    {
        var saturday = new DateTimeOffset(2026, 3, 7, 12, 0, 0, TimeSpan.Zero); // clocks go forward on Sunday 8 March

        Assert.Equal(new DateTimeOffset(2026, 3, 9, 12, 0, 0, TimeSpan.Zero), Billing.NextOpening(saturday));
    }

    [Fact]
    public void A_team_with_no_working_days_never_opens()
    {
        var never = Billing with { Days = new HashSet<DayOfWeek>() };

        Assert.Null(never.NextOpening(DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void The_customer_reads_when_in_plain_words_with_the_time_zone()
    {
        var now = new DateTimeOffset(2026, 11, 28, 2, 0, 0, TimeSpan.Zero);

        Assert.Equal("today at 22:00 (New York time)", OpeningText.Format(new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero), now, NewYork));
        Assert.Equal("Monday 30 November at 08:00 (New York time)", OpeningText.Format(Billing.NextOpening(now)!.Value, now, NewYork));
        Assert.Equal("tomorrow at 08:00 (New York time)", OpeningText.Format(new DateTimeOffset(2026, 11, 28, 13, 0, 0, TimeSpan.Zero), now, NewYork));
    }
}
