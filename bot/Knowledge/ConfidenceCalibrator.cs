namespace HandoffBot.Knowledge;

/// <summary>
/// Trains a help center's <see cref="ConfidenceModel"/> from the articles' own questions: each question is asked with
/// itself left out (is the top article still its own?), and with its whole article left out (the situation of an
/// out-of-scope question: whatever comes top is wrong).
/// </summary>
internal static class ConfidenceCalibrator
{
    /// <summary>
    /// The weight of a calibration example asked with its article left out, against 1 for one asked with only itself
    /// left out: the confidence is the probability of being right when about one question in five is not covered.
    /// </summary>
    private const double OutOfScopeWeight = 0.25;

    private const int MaxCalibrationQuestions = 800;

    public static ConfidenceModel Train(ArticleRanker ranker, IReadOnlyList<KnowledgeArticle> articles, CancellationToken cancellationToken)
    {
        // Every question with the article's other texts still there; a fixed sample on a large help center.
        var questions = Enumerable.Range(0, ranker.ItemCount).Where(i => ranker.Item(i).Question >= 0).ToList();
        var random = new Random(17);
        var sample = questions.Count <= MaxCalibrationQuestions
            ? questions
            : [.. questions.OrderBy(_ => random.Next()).Take(MaxCalibrationQuestions)];
        var samples = new List<(double[] Features, bool Correct, double Weight)>(sample.Count * 2);
        foreach (var i in sample)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (article, question) = ranker.Item(i);
            var text = articles[article].Questions[question];

            var heldOut = ranker.Rank(text, ranker.ItemVector(i), null, new ArticleExclusion(article, question));
            if (heldOut.Best >= 0)
            {
                samples.Add((heldOut.Features, heldOut.Best == article, 1.0));
            }

            var articleLeftOut = ranker.Rank(text, ranker.ItemVector(i), null, new ArticleExclusion(article, -1));
            if (articleLeftOut.Best >= 0)
            {
                samples.Add((articleLeftOut.Features, false, OutOfScopeWeight));
            }
        }

        return ConfidenceModel.Train(samples);
    }
}
