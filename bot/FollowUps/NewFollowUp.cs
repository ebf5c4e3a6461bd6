using HandoffBot.Handoff;

namespace HandoffBot.FollowUps;

/// <summary>What a new ticket is made of: the waiting case, how to reach the customer, and why.</summary>
public sealed record NewFollowUp(HandoffCase Case, string ContactMethod, string? Email, string? Phone, DateTimeOffset? CallbackUtc, string Reason);
