using System.Globalization;
using HandoffBot.Dialogs.FollowUp;

namespace HandoffBot.Handoff;

/// <summary>Says when a team is back in words a customer reads at a glance: "tomorrow at 09:00 (New York time)".</summary>
public static class OpeningText
{
    public static string Format(DateTimeOffset opening, DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(opening, zone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var date = DateOnly.FromDateTime(local.DateTime);
        var day = date == today ? "today"
            : date == today.AddDays(1) ? "tomorrow"
            : local.ToString("dddd d MMMM", CultureInfo.InvariantCulture);
        return $"{day} at {local.ToString("HH:mm", CultureInfo.InvariantCulture)} ({CallbackTime.ZoneName(zone)})";
    }
}
