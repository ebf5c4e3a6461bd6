namespace HandoffBot.Agents;

/// <summary>Why the queue changed, and which case.</summary>
public sealed record QueueChange(string Change, string HandoffId);
