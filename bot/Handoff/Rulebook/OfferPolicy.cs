namespace HandoffBot.Handoff.Rulebook;

/// <summary>After the customer declines an offer, do not offer again for <see cref="CooldownTurns"/> turns unless a stronger trigger fires.</summary>
public sealed record OfferPolicy(int CooldownTurns);
