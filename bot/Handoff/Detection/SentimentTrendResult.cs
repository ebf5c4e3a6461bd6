namespace HandoffBot.Handoff.Detection;

/// <summary>
/// Frustration over the last messages: <paramref name="Level"/> the exponentially weighted level in [0, 1],
/// <paramref name="Slope"/> the least-squares change per message over the window, <paramref name="Rising"/> whether
/// frustration is climbing, <paramref name="Latest"/> the newest value and <paramref name="Count"/> how many values
/// the window held.
/// </summary>
public sealed record SentimentTrendResult(double Level, double Slope, bool Rising, double Latest, int Count)
{
    public static SentimentTrendResult Empty { get; } = new(0, 0, false, 0, 0);
}
