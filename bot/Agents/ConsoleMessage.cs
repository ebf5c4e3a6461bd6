namespace HandoffBot.Agents;

/// <summary>A message on a case as consoles receive it live.</summary>
public sealed record ConsoleMessage(string HandoffId, long Seq, string Sender, string? AgentId, string? Text, DateTimeOffset CreatedUtc, string? AgentName = null);
