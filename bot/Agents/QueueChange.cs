namespace HandoffBot.Agents;

/// <summary>Why the queue changed, which case, and when (for <c>opened</c>: when the bot decided to hand off).</summary>
public sealed record QueueChange(string Change, string HandoffId, DateTimeOffset At);
