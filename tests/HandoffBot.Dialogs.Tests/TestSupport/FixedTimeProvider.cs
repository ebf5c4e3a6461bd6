namespace HandoffBot.Dialogs.Tests.TestSupport;

/// <summary>A clock stopped at a given UTC instant, in a UTC local zone, so relative dates are deterministic.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset utcNow) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow()
    {
        return utcNow;
    }
}
