namespace HandoffBot.Agents;

/// <summary>One measured moment of a handoff (<see cref="HandoffEventKind"/>), with who and any detail as JSON.</summary>
public sealed record HandoffEvent(string HandoffId, string Kind, string? AgentId, string? Data, DateTimeOffset CreatedUtc);
