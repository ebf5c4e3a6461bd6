namespace HandoffBot.Agents;

/// <summary><c>available</c>, <c>away</c> or <c>offline</c>.</summary>
public sealed record PresenceRequest(string? Presence);
