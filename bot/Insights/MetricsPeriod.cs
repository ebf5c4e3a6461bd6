namespace HandoffBot.Insights;

/// <summary>
/// The days a lead asks about, in the configured time zone: <c>today</c>, <c>7d</c> and <c>30d</c> (ending today), or
/// <c>custom</c> from one date to another (both included). Its UTC bounds start and end at local midnights.
/// </summary>
public sealed record MetricsPeriod(string Name, DateOnly FirstDay, DateOnly LastDay, TimeZoneInfo Zone)
{
    public const int MaxDays = 366;

    public DateTimeOffset FromUtc => Midnight(FirstDay);

    /// <summary>Exclusive: the midnight after the last day.</summary>
    public DateTimeOffset ToUtc => Midnight(LastDay.AddDays(1));

    public IEnumerable<DateOnly> Days => Enumerable.Range(0, LastDay.DayNumber - FirstDay.DayNumber + 1).Select(FirstDay.AddDays);

    /// <summary>The local day of a moment.</summary>
    public DateOnly DayOf(DateTimeOffset utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(utc, Zone).DateTime);

    /// <summary>The period asked for, or null with what is wrong with the request.</summary>
    public static (MetricsPeriod? Period, string? Problem) Parse(string? name, DateOnly? from, DateOnly? to, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        switch (name ?? "7d")
        {
            case "today":
                return (new MetricsPeriod("today", today, today, zone), null);
            case "7d":
                return (new MetricsPeriod("7d", today.AddDays(-6), today, zone), null);
            case "30d":
                return (new MetricsPeriod("30d", today.AddDays(-29), today, zone), null);
            case "custom" when from is { } first && to is { } last && first <= last && last.DayNumber - first.DayNumber < MaxDays:
                return (new MetricsPeriod("custom", first, last, zone), null);
            case "custom":
                return (null, $"A custom period needs from and to (yyyy-MM-dd), from not after to, at most {MaxDays} days.");
            default:
                return (null, "period must be today, 7d, 30d or custom.");
        }
    }

    private DateTimeOffset Midnight(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);

        // A midnight skipped by a clock change starts the day at the first hour that exists.
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
