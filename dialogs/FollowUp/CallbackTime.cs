using System.Globalization;
using HandoffBot.Dialogs.Prompts;

namespace HandoffBot.Dialogs.FollowUp;

/// <summary>
/// Turns what the date-time recognizer read ("tomorrow after 3pm" is a range starting at 15:00) into instants, reading
/// wall-clock times in the given time zone. A bare date is not a callback time; a bare time means that time today.
/// </summary>
public static class CallbackTime
{
    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"];
    private static readonly string[] TimeFormats = ["HH:mm:ss", "HH:mm"];

    public static IReadOnlyList<DateTimeOffset> Read(IEnumerable<DateTimeResolution> readings, TimeZoneInfo zone, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var instants = new List<DateTimeOffset>();
        foreach (var reading in readings)
        {
            // A range ("after 3pm", "tomorrow afternoon") is called at its start.
            var text = reading.Value ?? reading.Start;
            if (text is null)
            {
                continue;
            }

            if (DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                instants.Add(Instant(local, zone));
            }
            else if (TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                instants.Add(Instant(today.ToDateTime(time), zone));
            }
        }

        return instants;
    }

    /// <summary>"America/New_York" reads as "New York time"; fixed zones such as UTC keep their id.</summary>
    public static string ZoneName(TimeZoneInfo zone) => zone.Id.Contains('/', StringComparison.Ordinal)
        ? zone.Id[(zone.Id.LastIndexOf('/') + 1)..].Replace('_', ' ') + " time"
        : zone.Id;

    private static DateTimeOffset Instant(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddMinutes(15);
        }

        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}
