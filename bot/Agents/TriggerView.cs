namespace HandoffBot.Agents;

/// <summary>A trigger that fired, with its evidence, as agents read it.</summary>
public sealed record TriggerView(string Name, string Kind, string Evidence, double Score, string? Skill);
