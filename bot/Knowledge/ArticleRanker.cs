using System.Buffers;
using HandoffBot.Language;

namespace HandoffBot.Knowledge;

/// <summary>
/// Ranks a help center's articles for a question: by meaning (the question's cosine with each article's title and
/// questions: the best one and the mean of the best few) plus a share of the lexical score, plus a boost when the
/// customer is on one of the article's pages. Immutable and thread-safe.
/// </summary>
internal sealed class ArticleRanker
{
    /// <summary>Weight of the (per-query normalised) BM25 score next to the embedding similarity when ranking.</summary>
    public const double LexicalWeight = 0.15;

    /// <summary>Added to an article's ranking score when the customer is on one of its pages.</summary>
    public const double PageBoost = 0.08;

    /// <summary>How many of an article's most similar texts are averaged into its meaning score.</summary>
    private const int NearestCount = 3;

    private readonly IReadOnlyList<KnowledgeArticle> _articles;
    private readonly LexicalIndex _lexical;
    private readonly ArticleVocabulary _vocabulary;

    // Item i (a row of the ranker) is a title (question -1) or a question of article _itemArticle[i].
    private readonly SemanticRanker _items;
    private readonly int[] _itemArticle;
    private readonly int[] _itemQuestion;

    public ArticleRanker(
        IReadOnlyList<KnowledgeArticle> articles,
        LexicalIndex lexical,
        ArticleVocabulary vocabulary,
        IReadOnlyList<(int Article, int Question, float[] Vector)> items)
    {
        _articles = articles;
        _lexical = lexical;
        _vocabulary = vocabulary;
        _items = new SemanticRanker([.. items.Select(i => i.Vector)]);
        _itemArticle = [.. items.Select(i => i.Article)];
        _itemQuestion = [.. items.Select(i => i.Question)];
    }

    public int ItemCount => _items.Count;

    /// <summary>The article and question index (-1 for a title) of item <paramref name="item"/>.</summary>
    public (int Article, int Question) Item(int item) => (_itemArticle[item], _itemQuestion[item]);

    public ReadOnlySpan<float> ItemVector(int item) => _items.Vector(item);

    /// <summary>The question's terms as the index reads them, each once.</summary>
    public List<string> Terms(string text) => _lexical.Terms(text).Distinct().ToList();

    public double Coverage(IReadOnlyList<string> terms, int article, ArticleExclusion exclusion) =>
        _vocabulary.Coverage(terms, article, exclusion);

    public ArticleRanking Rank(string question, ReadOnlySpan<float> vector, string? page, ArticleExclusion exclusion)
    {
        var terms = Terms(question);
        var lexical = _lexical.Scores(terms, exclusion);
        var maxLexical = lexical.Count == 0 ? 0 : lexical.Values.Max();

        var cosines = ArrayPool<float>.Shared.Rent(_items.Count);
        var (similarity, top, counts) = (new double[_articles.Count], new double[_articles.Count * NearestCount], new int[_articles.Count]);
        try
        {
            // Per article: its best similarity, and the mean of its best few (steadier than one lucky neighbour when
            // an article has many questions).
            _items.ScoreAll(vector, cosines);
            Array.Fill(similarity, -1);
            for (var i = 0; i < _items.Count; i++)
            {
                var a = _itemArticle[i];
                if (exclusion.Excludes(a, _itemQuestion[i]))
                {
                    continue;
                }

                similarity[a] = Math.Max(similarity[a], cosines[i]);
                Keep(top.AsSpan(a * NearestCount, NearestCount), ref counts[a], cosines[i]);
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(cosines);
        }

        int best = -1, runnerUp = -1;
        double bestScore = double.MinValue, runnerUpScore = double.MinValue;
        for (var a = 0; a < _articles.Count; a++)
        {
            if (similarity[a] < -0.5)
            {
                continue;
            }

            var mean = 0.0;
            foreach (var value in top.AsSpan(a * NearestCount, counts[a]))
            {
                mean += value;
            }

            var score = (0.5 * similarity[a]) + (0.5 * mean / counts[a])
                + (maxLexical > 0 ? LexicalWeight * lexical.GetValueOrDefault(a) / maxLexical : 0)
                + (OnPage(_articles[a], page) ? PageBoost : 0);
            if (score > bestScore)
            {
                (runnerUp, runnerUpScore, best, bestScore) = (best, bestScore, a, score);
            }
            else if (score > runnerUpScore)
            {
                (runnerUp, runnerUpScore) = (a, score);
            }
        }

        if (best < 0)
        {
            return ArticleRanking.Nothing;
        }

        var margin = runnerUp < 0 ? bestScore : bestScore - runnerUpScore;
        var coverage = _vocabulary.Coverage(terms, best, exclusion);
        var bestSimilarity = Math.Clamp(similarity[best], 0, 1);
        return new ArticleRanking(best, runnerUp, [bestSimilarity, Math.Clamp(margin, 0, 1), coverage, bestSimilarity * coverage]);
    }

    // Keeps the largest values seen so far, unordered.
    private static void Keep(Span<double> kept, ref int count, double value)
    {
        if (count < kept.Length)
        {
            kept[count++] = value;
            return;
        }

        var smallest = 0;
        for (var k = 1; k < kept.Length; k++)
        {
            if (kept[k] < kept[smallest])
            {
                smallest = k;
            }
        }

        if (value > kept[smallest])
        {
            kept[smallest] = value;
        }
    }

    private static bool OnPage(KnowledgeArticle article, string? page) =>
        !string.IsNullOrWhiteSpace(page)
        && article.Pages.Any(p => page.StartsWith(p.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            && (page.Length == p.TrimEnd('/').Length || page[p.TrimEnd('/').Length] is '/' or '?' or '#'));
}
