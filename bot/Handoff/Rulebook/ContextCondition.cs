namespace HandoffBot.Handoff.Rulebook;

/// <summary>The <c>when</c> of a contextual rule: every condition that is set must hold.</summary>
public sealed record ContextCondition(
    IReadOnlySet<CustomerTier>? Tiers,
    int? OpenBugsAtLeast,
    int? LastCsatAtMost,
    int? RenewalWithinDays,
    bool? ChurnSignal)
{
    public bool Matches(CustomerFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return (Tiers is null || (facts.Tier is { } tier && Tiers.Contains(tier)))
            && (OpenBugsAtLeast is null || facts.OpenBugs >= OpenBugsAtLeast)
            && (LastCsatAtMost is null || (facts.LastCsat is { } csat && csat <= LastCsatAtMost))
            && (RenewalWithinDays is null || (facts.DaysToRenewal is { } days && days >= 0 && days <= RenewalWithinDays))
            && (ChurnSignal is null || facts.ChurnSignal == ChurnSignal);
    }
}
