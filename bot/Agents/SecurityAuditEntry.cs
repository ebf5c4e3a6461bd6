namespace HandoffBot.Agents;

/// <summary>Something a supervisor should know happened to an account: a lockout after wrong passwords, a sign-in during one.</summary>
public sealed record SecurityAuditEntry(long Seq, DateTimeOffset AtUtc, string Kind, string? AgentId, string? Address, string Detail)
{
    public const string SignInLocked = "signin-locked";

    public const string SignInRefusedWhileLocked = "signin-refused-locked";

    public const string SignInThrottled = "signin-throttled";
}
