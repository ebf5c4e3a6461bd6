using HandoffBot.Insights;

namespace HandoffBot.Tests.Insights;

/// <summary>Periods start and end at the lead's local midnights, whatever the server's clock says.</summary>
public sealed class MetricsPeriodTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public void Seven_days_end_today_in_the_leads_time_zone_and_run_midnight_to_midnight()
    {
        // 03:00 UTC on 2 December is still 1 December in New York.
        var (period, problem) = MetricsPeriod.Parse("7d", null, null, NewYork, new DateTimeOffset(2026, 12, 2, 3, 0, 0, TimeSpan.Zero));

        Assert.Null(problem);
        Assert.Equal(new DateOnly(2026, 11, 25), period!.FirstDay);
        Assert.Equal(new DateOnly(2026, 12, 1), period.LastDay);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 5, 0, 0, TimeSpan.Zero), period.FromUtc);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 5, 0, 0, TimeSpan.Zero), period.ToUtc);
        Assert.Equal(7, period.Days.Count());
    }

    [Fact]
    public void A_day_with_a_clock_change_is_as_long_as_it_really_is()
    {
        var (period, _) = MetricsPeriod.Parse("custom", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 1), NewYork, DateTimeOffset.UtcNow);

        Assert.Equal(TimeSpan.FromHours(25), period!.ToUtc - period.FromUtc);
    }

    [Theory]
    [InlineData("custom", "2026-12-02", "2026-12-01")]
    [InlineData("custom", null, "2026-12-01")]
    [InlineData("custom", "2025-01-01", "2026-12-01")]
    [InlineData("fortnight", null, null)]
    public void A_period_that_makes_no_sense_is_refused_with_the_reason(string name, string? from, string? to)
    {
        var (period, problem) = MetricsPeriod.Parse(name, from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), NewYork, DateTimeOffset.UtcNow);

        Assert.Null(period);
        Assert.False(string.IsNullOrEmpty(problem));
    }

    [Fact]
    public void A_time_zone_that_does_not_exist_stops_the_start_naming_it()
    {
        using var temp = new TempDirectory();

        var error = Assert.ThrowsAny<Exception>(() => BotHost.Start(temp.File("bot.db"), new Dictionary<string, string?> { ["HandoffBot:Insights:TimeZone"] = "Mars/Olympus" }).Dispose());

        Assert.Contains("HandoffBot:Insights:TimeZone: 'Mars/Olympus' is not a time zone", error.ToString(), StringComparison.Ordinal);
    }
}
