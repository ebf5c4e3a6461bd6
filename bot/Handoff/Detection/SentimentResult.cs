namespace HandoffBot.Handoff.Detection;

/// <summary>
/// Sentiment of one message: <paramref name="Score"/> in [-1, 1] (negative to positive), <paramref name="Frustration"/>
/// in [0, 1], and the <paramref name="Evidence"/> behind them ("lexicon: unacceptable", "all caps", "!!!",
/// "intensifier: extremely", "negation: not happy").
/// </summary>
public sealed record SentimentResult(double Score, double Frustration, IReadOnlyList<string> Evidence)
{
    public static SentimentResult Neutral { get; } = new(0, 0, []);
}
