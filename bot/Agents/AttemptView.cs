namespace HandoffBot.Agents;

/// <summary>Something the bot already tried, and how it ended.</summary>
public sealed record AttemptView(string Tried, string? Topic, string? Outcome, int Turn);
