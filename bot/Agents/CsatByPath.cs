namespace HandoffBot.Agents;

/// <summary>Average CSAT of handoffs that took one path (the trigger that decided, and whether the case was transferred).</summary>
public sealed record CsatByPath(string Path, int Ratings, double Average);
