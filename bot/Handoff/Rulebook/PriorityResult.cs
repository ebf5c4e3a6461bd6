namespace HandoffBot.Handoff.Rulebook;

/// <summary>A computed priority (0–100), its terms for explainability, and whether it is high enough to hand off at once.</summary>
public sealed record PriorityResult(int Score, IReadOnlyList<PriorityContribution> Contributions, bool HandOffImmediately)
{
    public override string ToString() =>
        $"{Score} = " + string.Join(" + ", Contributions.Select(c => $"{c.Kind}:{c.Name} {c.Points:0.#}"));
}
