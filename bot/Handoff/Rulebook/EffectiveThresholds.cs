namespace HandoffBot.Handoff.Rulebook;

/// <summary>The implicit thresholds that apply to one customer after contextual rules.</summary>
public sealed record EffectiveThresholds(double FrustrationThreshold, int MaxAttempts, double ConfidenceThreshold, bool AlwaysOfferHuman);
