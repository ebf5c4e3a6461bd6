namespace HandoffBot.Handoff.Rulebook;

/// <summary>Pure priority arithmetic over a rulebook: fired triggers + matching contextual rules + aging, clamped to 0–100.</summary>
public static class PriorityCalculator
{
    public static PriorityResult Compute(Rulebook rulebook, IEnumerable<string> firedTriggers, CustomerFacts facts, double minutesWaiting = 0)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        ArgumentNullException.ThrowIfNull(firedTriggers);
        ArgumentNullException.ThrowIfNull(facts);
        var policy = rulebook.Priority;
        var contributions = new List<PriorityContribution>();
        if (policy.Base != 0)
        {
            contributions.Add(new("base", "base", policy.Base));
        }

        foreach (var trigger in firedTriggers.Distinct(StringComparer.Ordinal))
        {
            if (!policy.TriggerWeights.TryGetValue(trigger, out var weight))
            {
                throw new ArgumentException($"'{trigger}' is not a trigger of this rulebook.", nameof(firedTriggers));
            }

            contributions.Add(new("trigger", trigger, weight));
        }

        foreach (var rule in rulebook.Context.Matching(facts))
        {
            contributions.Add(new("context", rule.Name, rule.Weight));
        }

        if (minutesWaiting > 0 && policy.AgingPerMinute > 0)
        {
            contributions.Add(new("aging", $"{minutesWaiting:0.#} min", policy.AgingPerMinute * minutesWaiting));
        }

        var score = (int)Math.Clamp(Math.Round(contributions.Sum(c => c.Points), MidpointRounding.AwayFromZero), 0, 100);
        return new PriorityResult(score, contributions, score >= policy.ImmediateHandoffAt);
    }
}
