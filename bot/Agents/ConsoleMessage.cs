namespace HandoffBot.Agents;

/// <summary>
/// A message on a case as consoles receive it live. <see cref="Via"/> is the surface an agent wrote it from
/// (<see cref="CaseDesk.ViaConsole"/>, <c>teams</c>), so a surface does not echo its own messages back.
/// </summary>
public sealed record ConsoleMessage(string HandoffId, long Seq, string Sender, string? AgentId, string? Text, DateTimeOffset CreatedUtc, string? AgentName = null, string? Via = null);
