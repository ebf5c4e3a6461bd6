namespace HandoffBot.Agents;

/// <summary>To a skill's queue, or straight to an agent (then the skill defaults to the case's); the note stays with the case.</summary>
public sealed record TransferRequest(string? Skill, string? AgentId, string? Note);
