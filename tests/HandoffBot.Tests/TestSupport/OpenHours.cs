using Microsoft.Extensions.Time.Testing;

namespace HandoffBot.Tests.TestSupport;

/// <summary>
/// A clock set inside every team's business hours in the shipped rulebook (a Wednesday that is no holiday), so that
/// tests of the usual handoff path do not depend on when they run. Tests of the offline path set their own time.
/// </summary>
public static class OpenHours
{
    /// <summary>Wednesday 2026-11-25 15:00 UTC: 10:00 in New York, 15:00 in Dublin, 16:00 in Berlin.</summary>
    public static readonly DateTimeOffset Wednesday = new(2026, 11, 25, 15, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Clock() => new(Wednesday);
}
