using System.Globalization;
using HandoffBot.Adapters.DirectLine;
using Microsoft.Extensions.Options;

namespace HandoffBot.Agents;

/// <summary>
/// Password sign-in, slowed down for guessers: a token bucket per client address, and per submitted account id a
/// lockout after <see cref="SignInOptions.FreeFailures"/> wrong passwords that doubles with each further one. While
/// locked, no password is checked (the right one is refused too). Unknown ids are counted and locked like real
/// ones, and answered the same, so the answers never tell which accounts exist. A lockout is written to the security
/// audit that supervisors read.
/// </summary>
public sealed partial class SignInGuard(
    SqliteAgentDirectory agents,
    SqliteSignInRecords records,
    PerKeyRateLimiter limiter,
    IOptions<SignInOptions> options,
    TimeProvider timeProvider,
    ILogger<SignInGuard> logger)
{
    /// <summary>The account, or null with how long to wait (<c>RetryAfter</c> set: throttled or locked; not set: wrong password).</summary>
    public async Task<(AgentAccount? Account, TimeSpan? RetryAfter)> SignInAsync(
        string agentId, string password, bool allowDemo, string? address, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!limiter.TryAcquire("signin|" + (address ?? "unknown"), settings.AttemptsPerMinutePerAddress, out var wait))
        {
            LogThrottled(logger, address);
            return (null, wait);
        }

        if (await records.LockedUntilAsync(agentId, cancellationToken) is { } until)
        {
            return (null, until - timeProvider.GetUtcNow());
        }

        if (await agents.VerifyAsync(agentId, password, allowDemo, cancellationToken) is { } account)
        {
            await records.ClearAsync(agentId, cancellationToken);
            return (account, null);
        }

        var failures = await records.AddFailureAsync(agentId, cancellationToken);
        var lockout = settings.LockoutAfter(failures);
        if (lockout > TimeSpan.Zero)
        {
            await records.LockAsync(agentId, timeProvider.GetUtcNow() + lockout, cancellationToken);
            var detail = string.Create(CultureInfo.InvariantCulture, $"{failures} wrong passwords in a row; sign-in locked for {lockout.TotalSeconds:0} s");
            await records.AuditAsync(SecurityAuditEntry.SignInLocked, agentId, address, detail, cancellationToken);
            LogLocked(logger, agentId, address, failures, lockout.TotalSeconds);
        }

        return (null, null);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in of {AgentId} locked after {Failures} wrong passwords (last from {Address}) for {Seconds:0} s")]
    private static partial void LogLocked(ILogger logger, string agentId, string? address, int failures, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in attempts from {Address} throttled")]
    private static partial void LogThrottled(ILogger logger, string? address);
}
