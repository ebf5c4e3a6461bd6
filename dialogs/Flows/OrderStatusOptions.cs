namespace HandoffBot.Dialogs.Flows;

/// <summary>Options of <see cref="OrderStatusFlow"/>: the number already given, if any, and numbers not found so far.</summary>
public sealed record OrderStatusOptions(string? Reference = null, int Misses = 0);
