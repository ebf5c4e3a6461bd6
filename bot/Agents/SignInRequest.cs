namespace HandoffBot.Agents;

public sealed record SignInRequest(string? AgentId, string? Password);
