namespace HandoffBot.Knowledge;

/// <summary>
/// The outcome of ranking the articles for one question: the best and second-best article (-1 when none) and the
/// best one's features for the <see cref="ConfidenceModel"/>: similarity, margin over the runner-up, coverage, and
/// similarity × coverage.
/// </summary>
internal readonly record struct ArticleRanking(int Best, int RunnerUp, double[] Features)
{
    public static ArticleRanking Nothing { get; } = new(-1, -1, []);
}
