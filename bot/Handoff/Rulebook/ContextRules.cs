namespace HandoffBot.Handoff.Rulebook;

/// <summary>Contextual rules, and the utterances that count as a churn signal ("thinking of switching").</summary>
public sealed record ContextRules(IReadOnlyList<string> ChurnSignals, IReadOnlyList<ContextRule> Rules)
{
    public IEnumerable<ContextRule> Matching(CustomerFacts facts) => Rules.Where(r => r.When.Matches(facts));

    /// <summary>
    /// The implicit thresholds for this customer: the strictest of the defaults and every matching rule's overrides
    /// (lowest frustration threshold, fewest attempts, highest confidence threshold), and whether a person is always offered.
    /// </summary>
    public EffectiveThresholds Resolve(ImplicitTriggers defaults, CustomerFacts facts)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        var frustration = defaults.Sentiment.FrustrationThreshold;
        var attempts = defaults.Loops.MaxAttempts;
        var confidence = defaults.Confidence.Threshold;
        var alwaysOffer = false;
        foreach (var rule in Matching(facts))
        {
            frustration = Math.Min(frustration, rule.FrustrationThreshold ?? frustration);
            attempts = Math.Min(attempts, rule.MaxAttempts ?? attempts);
            confidence = Math.Max(confidence, rule.ConfidenceThreshold ?? confidence);
            alwaysOffer |= rule.AlwaysOfferHuman;
        }

        return new EffectiveThresholds(frustration, attempts, confidence, alwaysOffer);
    }
}
