namespace HandoffBot.Knowledge;

/// <summary>
/// What a calibration search leaves out of the help center: one question of an article (<see cref="Question"/> ≥ 0), or
/// the whole article (<see cref="Question"/> = -1). <see cref="None"/> for a customer's search.
/// </summary>
internal readonly record struct ArticleExclusion(int Article, int Question)
{
    public static ArticleExclusion None { get; } = new(-1, -1);

    /// <summary>Whether the text of <paramref name="article"/> with question index <paramref name="question"/> (-1: not a question) is left out.</summary>
    public bool Excludes(int article, int question) =>
        article == Article && (Question < 0 || question == Question);
}
