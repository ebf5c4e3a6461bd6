using System.ComponentModel.DataAnnotations;

namespace HandoffBot.Agents;

/// <summary>
/// Options bound from <c>HandoffBot:Agents:SignIn</c>: how password guessing is slowed down. Per client address, a
/// token bucket; per account (any submitted id, so unknown ids behave like real ones), a lockout that doubles with
/// each failure past the free ones.
/// </summary>
public sealed class SignInOptions
{
    public const string SectionName = "HandoffBot:Agents:SignIn";

    /// <summary>Sign-in attempts one client address may make per minute (a burst of this many, then refilled evenly).</summary>
    [Range(1, 10_000)]
    public int AttemptsPerMinutePerAddress { get; set; } = 30;

    /// <summary>Wrong passwords in a row an account may take before it is locked.</summary>
    [Range(1, 100)]
    public int FreeFailures { get; set; } = 5;

    /// <summary>The first lockout; each further failure after it doubles the lockout, up to <see cref="MaxLockout"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan FirstLockout { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxLockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The lockout after <paramref name="failures"/> wrong passwords in a row; zero while they are free.</summary>
    public TimeSpan LockoutAfter(int failures)
    {
        if (failures < FreeFailures)
        {
            return TimeSpan.Zero;
        }

        var doublings = Math.Min(failures - FreeFailures, 20);
        var lockout = FirstLockout * Math.Pow(2, doublings);
        return lockout < MaxLockout ? lockout : MaxLockout;
    }
}
