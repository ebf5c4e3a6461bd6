namespace HandoffBot.Handoff.Rulebook;

/// <summary>
/// A rule on the customer's profile: when it matches, it adds <see cref="Weight"/> to the priority, may lower the
/// implicit thresholds (overrides; null keeps the default) and may always offer a person. <see cref="Skill"/>, when
/// set, is the team a case goes to when this rule is its reason (a churn signal said in the conversation).
/// </summary>
public sealed record ContextRule(
    string Name,
    ContextCondition When,
    int Weight,
    bool AlwaysOfferHuman,
    double? FrustrationThreshold,
    int? MaxAttempts,
    double? ConfidenceThreshold,
    string? Skill = null);
