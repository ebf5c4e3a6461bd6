namespace HandoffBot.Handoff.Rulebook;

/// <summary>A team of agents that cases are routed to, with its business hours.</summary>
public sealed record Skill(string Name, string Description, BusinessHours Hours);
