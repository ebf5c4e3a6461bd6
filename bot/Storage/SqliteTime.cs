using System.Globalization;

namespace HandoffBot.Storage;

/// <summary>Times in SQLite text columns: UTC with a fixed width, so that text order is time order.</summary>
public static class SqliteTime
{
    public static string Format(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
