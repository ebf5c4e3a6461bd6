using HandoffBot.Language;

namespace HandoffBot.Knowledge;

/// <summary>
/// An immutable, searchable snapshot of the help center. Two views of every article are combined by the
/// <see cref="ArticleRanker"/>: the <see cref="LexicalIndex"/> (BM25 with stemming and typos) and sentence embeddings
/// of the titles and questions (meaning: paraphrases that share no word). The top article's
/// <see cref="KnowledgeMatch.Confidence"/> comes from a <see cref="ConfidenceModel"/> trained here by the
/// <see cref="ConfidenceCalibrator"/>; the <see cref="PassageChooser"/> picks what to quote. Safe for concurrent
/// searches; a rebuild makes a new instance.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    private readonly ISentenceEncoder _encoder;
    private readonly KnowledgeArticle[] _articles;
    private readonly LexicalIndex _lexical;
    private readonly ArticleRanker _ranker;
    private readonly PassageChooser _passages;

    private KnowledgeIndex(ISentenceEncoder encoder, IReadOnlyList<KnowledgeArticle> articles, CancellationToken cancellationToken)
    {
        _encoder = encoder;
        _articles = [.. articles];
        _lexical = new LexicalIndex(_articles);

        // Embedded: each article's title and questions (the ranker's items), then every passage (the chooser's).
        var items = _articles
            .SelectMany((article, a) => article.Questions.Select((text, q) => (Article: a, Question: q, Text: text)).Prepend((Article: a, Question: -1, Text: article.Title)))
            .ToList();
        var passageTexts = PassageChooser.Texts(_articles).ToList();
        var vectors = EmbeddingCache.Encode(encoder, [.. items.Select(i => i.Text), .. passageTexts], cancellationToken);

        _ranker = new ArticleRanker(_articles, _lexical, new ArticleVocabulary(_articles, _lexical), [.. items.Select((item, i) => (item.Article, item.Question, vectors[i]))]);
        _passages = new PassageChooser(_articles, _lexical, [.. vectors.Skip(items.Count)]);
        Model = ConfidenceCalibrator.Train(_ranker, _articles, cancellationToken);
    }

    public IReadOnlyList<KnowledgeArticle> Articles => _articles;

    public ConfidenceModel Model { get; }

    /// <summary>Builds the index (embeds every title, question and passage, trains the confidence model). CPU-heavy: seconds.</summary>
    public static KnowledgeIndex Build(ISentenceEncoder encoder, IReadOnlyList<KnowledgeArticle> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(articles);
        return new KnowledgeIndex(encoder, articles, cancellationToken);
    }

    /// <summary>The best article for a question, or null when the help center is empty or the question has no words.</summary>
    public KnowledgeMatch? Search(string question, string? page = null)
    {
        if (string.IsNullOrWhiteSpace(question) || _articles.Length == 0)
        {
            return null;
        }

        return Search(question, _encoder.Encode(question.Trim()), page);
    }

    /// <summary>As <see cref="Search(string, string?)"/>, with the question already embedded (batch evaluation).</summary>
    public KnowledgeMatch? Search(string question, float[] vector, string? page = null)
    {
        ArgumentNullException.ThrowIfNull(vector);
        if (_articles.Length == 0)
        {
            return null;
        }

        var ranked = _ranker.Rank(question, vector, page, ArticleExclusion.None);
        if (ranked.Best < 0)
        {
            return null;
        }

        return new KnowledgeMatch(
            _articles[ranked.Best],
            _passages.Choose(ranked.Best, question, vector),
            Model.Predict(ranked.Features),
            ranked.Features[0],
            ranked.Features[1],
            ranked.Features[2],
            ranked.RunnerUp >= 0 ? _articles[ranked.RunnerUp].Id : null);
    }

    /// <summary>
    /// A follow-up read in the context of the article just given ("does that work on the free plan?"): the previous
    /// question and the follow-up searched together must still lead to that article. Null otherwise. The passage is
    /// the one the follow-up asks about; <see cref="KnowledgeMatch.Coverage"/> is the share of the follow-up's own
    /// words the article uses, the sign that it asks about something the article says; below
    /// <paramref name="minCoverage"/> there is no match.
    /// </summary>
    public KnowledgeMatch? SearchFollowUp(string followUp, string previousQuestion, string articleId, double minCoverage, string? page = null)
    {
        var article = Array.FindIndex(_articles, a => a.Id == articleId);
        if (article < 0 || string.IsNullOrWhiteSpace(followUp))
        {
            return null;
        }

        // The share of the follow-up's own words the article uses needs no model: below the caller's bar, nothing is embedded.
        var coverage = _ranker.Coverage(_ranker.Terms(followUp), article, ArticleExclusion.None);
        if (coverage < minCoverage)
        {
            return null;
        }

        var combined = previousQuestion.Trim() + " " + followUp.Trim();
        var ranked = _ranker.Rank(combined, _encoder.Encode(combined), page, ArticleExclusion.None);
        if (ranked.Best != article)
        {
            return null;
        }

        // The confidence is the model's, with the coverage that matters here: the follow-up's own words.
        double[] features = [ranked.Features[0], ranked.Features[1], coverage, ranked.Features[0] * coverage];
        return new KnowledgeMatch(
            _articles[article],
            _passages.Choose(article, followUp, _encoder.Encode(followUp.Trim())),
            Model.Predict(features),
            ranked.Features[0],
            ranked.Features[1],
            coverage,
            ranked.RunnerUp >= 0 ? _articles[ranked.RunnerUp].Id : null);
    }

    /// <summary>Embeds several questions in batches (the evaluation's path to the same <see cref="Search(string, float[], string?)"/>).</summary>
    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> questions) => EmbeddingCache.EncodeUncached(_encoder, questions);

    public void Dispose() => _lexical.Dispose();
}
