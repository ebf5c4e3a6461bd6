namespace HandoffBot.Agents;

public sealed record AgentMessageRequest(string? Text);
