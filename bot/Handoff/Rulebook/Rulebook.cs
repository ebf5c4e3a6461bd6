namespace HandoffBot.Handoff.Rulebook;

/// <summary>
/// The handoff rulebook: what the bot resolves, what goes to a person and how fast, where it is routed, and what the
/// bot says around a handoff. Immutable; loaded and validated by <see cref="RulebookLoader"/>. See docs/rulebook.md.
/// </summary>
public sealed record Rulebook(
    string Source,
    string DefaultSkill,
    IReadOnlyList<Skill> Skills,
    IReadOnlyList<Bucket> Buckets,
    IReadOnlyList<ExplicitTrigger> ExplicitTriggers,
    IReadOnlyList<Boundary> Boundaries,
    ImplicitTriggers Implicit,
    ContextRules Context,
    PriorityPolicy Priority,
    OfferPolicy Offer,
    RulebookMessages Messages)
{
    /// <summary>Trigger name used in <see cref="PriorityPolicy.TriggerWeights"/> for the frustration (sentiment) trigger.</summary>
    public const string FrustrationTrigger = "frustration";

    /// <summary>Trigger name for loop detection (same problem attempted too often, "that didn't help").</summary>
    public const string LoopTrigger = "loop";

    /// <summary>Trigger name for an answer below the confidence threshold.</summary>
    public const string LowConfidenceTrigger = "lowConfidence";

    /// <summary>The implicit trigger names every rulebook has.</summary>
    public static IReadOnlyList<string> ImplicitTriggerNames { get; } = [FrustrationTrigger, LoopTrigger, LowConfidenceTrigger];

    public Skill? FindSkill(string name) => Skills.FirstOrDefault(s => s.Name.Equals(name, StringComparison.Ordinal));
}
