namespace HandoffBot.Agents;

/// <summary>One message of the stored (masked) transcript: who said it and what.</summary>
public sealed record TranscriptLine(string Role, string? Name, string? Text, DateTimeOffset? Timestamp);
