namespace HandoffBot.Handoff.Rulebook;

/// <summary>One term of a priority: where it comes from (<c>base</c>, <c>trigger</c>, <c>context</c>, <c>aging</c>), which rule, how many points.</summary>
public sealed record PriorityContribution(string Kind, string Name, double Points);
