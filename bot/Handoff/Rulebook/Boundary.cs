namespace HandoffBot.Handoff.Rulebook;

/// <summary>A topic the bot never answers, whatever the knowledge base says; it always goes to <see cref="Skill"/>.</summary>
public sealed record Boundary(
    string Name,
    string Description,
    string Skill,
    IReadOnlyList<string> Examples,
    IReadOnlyList<string> CounterExamples);
