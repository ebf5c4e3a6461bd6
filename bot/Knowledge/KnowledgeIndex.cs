using HandoffBot.Language;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace HandoffBot.Knowledge;

/// <summary>
/// An immutable, searchable snapshot of the help center. Two views of every article are combined:
/// <list type="bullet">
/// <item>Lucene BM25 over titles, alternate questions, passages and tags, with English stemming and fuzzy terms (typos);</item>
/// <item>sentence embeddings of the title and the questions (meaning: paraphrases that share no word).</item>
/// </list>
/// Articles are ranked by meaning plus a share of the lexical score (plus a boost when the customer is on one of the
/// article's pages). The top article's <see cref="KnowledgeMatch.Confidence"/> comes from <see cref="ConfidenceModel"/>,
/// trained here from the articles' own questions: each question is asked with itself left out (is the top article
/// still its own?), and with its whole article left out (the situation of an out-of-scope question: whatever comes
/// top is wrong). Safe for concurrent searches; a rebuild makes a new instance.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    /// <summary>Weight of the (per-query normalised) BM25 score next to the embedding similarity when ranking.</summary>
    public const double LexicalWeight = 0.15;

    /// <summary>Added to an article's ranking score when the customer is on one of its pages.</summary>
    public const double PageBoost = 0.08;

    /// <summary>How many of an article's most similar texts are averaged into its meaning score.</summary>
    private const int NearestCount = 3;

    /// <summary>
    /// The weight of a calibration example asked with its article left out, against 1 for one asked with only itself
    /// left out: the confidence is the probability of being right when about one question in five is not covered.
    /// </summary>
    private const double OutOfScopeWeight = 0.25;

    private const int Hits = 300;
    private const int MaxCalibrationQuestions = 800;
    private const int FuzzyMinLength = 4;
    private const int MaxAnswerLength = 700;

    /// <summary>What a question word found in one passage of an article (and not its others) adds to that passage's similarity.</summary>
    private const double DistinctiveTermWeight = 0.15;

    private const string ArticleField = "article";
    private const string QuestionField = "questionIndex";
    private const string TitleField = "title";
    private const string QuestionsField = "question";
    private const string TextField = "text";
    private const string TagsField = "tags";

    private static readonly (string Field, float Boost)[] SearchFields =
        [(TitleField, 2.0f), (QuestionsField, 1.5f), (TextField, 1.0f), (TagsField, 1.5f)];

    private readonly ISentenceEncoder _encoder;
    private readonly KnowledgeArticle[] _articles;
    private readonly Analyzer _analyzer;
    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly NumericDocValues _docArticle;
    private readonly NumericDocValues _docQuestion;

    // Embedded items: each article's title and questions. Item i belongs to article _itemArticle[i]; its question
    // index is _itemQuestion[i] (-1 for the title).
    private readonly float[][] _items;
    private readonly int[] _itemArticle;
    private readonly int[] _itemQuestion;
    private readonly float[][] _passageVectors;

    // Each passage's analyzed terms, aligned with _passageVectors: computed once here, not on every question.
    private readonly HashSet<string>[] _passageTerms;
    private readonly int[] _passageStart;

    // Per article: how many of its texts (title, tags, each question, each passage) contain each analyzed term; and
    // each question's terms, so that a question left out for calibration takes its words with it.
    private readonly Dictionary<string, int>[] _vocabulary;
    private readonly string[][][] _questionTerms;

    private KnowledgeIndex(ISentenceEncoder encoder, IReadOnlyList<KnowledgeArticle> articles, CancellationToken cancellationToken)
    {
        _encoder = encoder;
        _articles = [.. articles];
        _analyzer = new EnglishAnalyzer(LuceneVersion.LUCENE_48);
        _directory = new RAMDirectory();

        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var a = 0; a < _articles.Length; a++)
            {
                var article = _articles[a];
                var tags = string.Join(" ", article.Tags);
                var passages = article.Passages.Count > 0 ? article.Passages : [new KnowledgePassage(null, string.Empty)];
                foreach (var passage in passages)
                {
                    writer.AddDocument(Document(a, -1, [(TitleField, article.Title), (TagsField, tags), (TextField, PassageText(passage))]));
                }

                for (var q = 0; q < article.Questions.Count; q++)
                {
                    writer.AddDocument(Document(a, q, [(QuestionsField, article.Questions[q])]));
                }
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _docArticle = MultiDocValues.GetNumericValues(_reader, ArticleField);
        _docQuestion = MultiDocValues.GetNumericValues(_reader, QuestionField);

        var itemTexts = new List<string>();
        var itemArticle = new List<int>();
        var itemQuestion = new List<int>();
        var passageTexts = new List<string>();
        _passageStart = new int[_articles.Length + 1];
        for (var a = 0; a < _articles.Length; a++)
        {
            itemTexts.Add(_articles[a].Title);
            itemArticle.Add(a);
            itemQuestion.Add(-1);
            for (var q = 0; q < _articles[a].Questions.Count; q++)
            {
                itemTexts.Add(_articles[a].Questions[q]);
                itemArticle.Add(a);
                itemQuestion.Add(q);
            }

            _passageStart[a] = passageTexts.Count;
            passageTexts.AddRange(_articles[a].Passages.Select(PassageText));
        }

        _passageStart[_articles.Length] = passageTexts.Count;
        var vectors = EmbeddingCache.Encode(encoder, [.. itemTexts, .. passageTexts], cancellationToken);
        _items = [.. vectors.Take(itemTexts.Count)];
        _passageVectors = [.. vectors.Skip(itemTexts.Count)];
        _passageTerms = [.. passageTexts.Select(t => Terms(t).ToHashSet(StringComparer.Ordinal))];
        _itemArticle = [.. itemArticle];
        _itemQuestion = [.. itemQuestion];

        _vocabulary = new Dictionary<string, int>[_articles.Length];
        _questionTerms = new string[_articles.Length][][];
        for (var a = 0; a < _articles.Length; a++)
        {
            var article = _articles[a];
            var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
            _questionTerms[a] = [.. article.Questions.Select(q => Terms(q).Distinct().ToArray())];
            var texts = new[] { article.Title, string.Join(" ", article.Tags) }.Concat(article.Passages.Select(PassageText));
            foreach (var terms in texts.Select(t => Terms(t).Distinct()).Concat(_questionTerms[a]))
            {
                foreach (var term in terms)
                {
                    vocabulary[term] = vocabulary.GetValueOrDefault(term) + 1;
                }
            }

            _vocabulary[a] = vocabulary;
        }

        Model = Calibrate(cancellationToken);
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

        var ranked = Rank(question, vector, page, Exclusion.None);
        if (ranked.Best < 0)
        {
            return null;
        }

        var article = _articles[ranked.Best];
        return new KnowledgeMatch(
            article,
            BestPassage(ranked.Best, question, vector),
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
        var coverage = Coverage([.. Terms(followUp).Distinct()], article, Exclusion.None);
        if (coverage < minCoverage)
        {
            return null;
        }

        var combined = previousQuestion.Trim() + " " + followUp.Trim();
        var ranked = Rank(combined, _encoder.Encode(combined), page, Exclusion.None);
        if (ranked.Best != article)
        {
            return null;
        }

        // The confidence is the model's, with the coverage that matters here: the follow-up's own words.
        double[] features = [ranked.Features[0], ranked.Features[1], coverage, ranked.Features[0] * coverage];
        return new KnowledgeMatch(
            _articles[article],
            BestPassage(article, followUp, _encoder.Encode(followUp.Trim())),
            Model.Predict(features),
            ranked.Features[0],
            ranked.Features[1],
            coverage,
            ranked.RunnerUp >= 0 ? _articles[ranked.RunnerUp].Id : null);
    }

    /// <summary>Embeds several questions in batches (the evaluation's path to the same <see cref="Search(string, float[], string?)"/>).</summary>
    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> questions) => EmbeddingCache.EncodeUncached(_encoder, questions);

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private RankResult Rank(string question, float[] vector, string? page, Exclusion exclusion)
    {
        var terms = Terms(question).Distinct().ToList();
        var lexical = Lexical(terms, exclusion);
        var maxLexical = lexical.Count == 0 ? 0 : lexical.Values.Max();

        // Per article: its best similarity, and the mean of its best few (steadier than one lucky neighbour when an
        // article has many questions).
        var similarity = new double[_articles.Length];
        var top = new double[_articles.Length * NearestCount];
        var counts = new int[_articles.Length];
        Array.Fill(similarity, -1);
        for (var i = 0; i < _items.Length; i++)
        {
            var a = _itemArticle[i];
            if (a == exclusion.Article && (exclusion.Question < 0 || _itemQuestion[i] == exclusion.Question))
            {
                continue;
            }

            var cosine = VectorMath.Dot(vector, _items[i]);
            if (cosine > similarity[a])
            {
                similarity[a] = cosine;
            }

            Keep(top.AsSpan(a * NearestCount, NearestCount), ref counts[a], cosine);
        }

        int best = -1, runnerUp = -1;
        double bestScore = double.MinValue, runnerUpScore = double.MinValue;
        for (var a = 0; a < _articles.Length; a++)
        {
            if (similarity[a] < -0.5)
            {
                continue;
            }

            var nearest = top.AsSpan(a * NearestCount, counts[a]);
            var mean = 0.0;
            foreach (var value in nearest)
            {
                mean += value;
            }

            var score = (0.5 * similarity[a]) + (0.5 * mean / counts[a])
                + (maxLexical > 0 ? LexicalWeight * lexical.GetValueOrDefault(a) / maxLexical : 0)
                + (OnPage(_articles[a], page) ? PageBoost : 0);
            if (score > bestScore)
            {
                runnerUp = best;
                runnerUpScore = bestScore;
                best = a;
                bestScore = score;
            }
            else if (score > runnerUpScore)
            {
                runnerUp = a;
                runnerUpScore = score;
            }
        }

        if (best < 0)
        {
            return new RankResult(-1, -1, []);
        }

        var margin = runnerUp < 0 ? bestScore : bestScore - runnerUpScore;
        double[] features =
        [
            Math.Clamp(similarity[best], 0, 1),
            Math.Clamp(margin, 0, 1),
            Coverage(terms, best, exclusion),
            Math.Clamp(similarity[best], 0, 1) * Coverage(terms, best, exclusion),
        ];
        return new RankResult(best, runnerUp, features);
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

    private Dictionary<int, double> Lexical(List<string> terms, Exclusion exclusion)
    {
        var scores = new Dictionary<int, double>();
        if (terms.Count == 0)
        {
            return scores;
        }

        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            foreach (var (field, boost) in SearchFields)
            {
                query.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
                if (term.Length >= FuzzyMinLength)
                {
                    // A typo costs most of the term's weight, so an exact match still wins.
                    query.Add(new FuzzyQuery(new Term(field, term), 1, 1) { Boost = boost * 0.3f }, Occur.SHOULD);
                }
            }
        }

        foreach (var hit in _searcher.Search(query, Hits).ScoreDocs)
        {
            var a = (int)_docArticle.Get(hit.Doc);
            var q = (int)_docQuestion.Get(hit.Doc);
            if (a == exclusion.Article && (exclusion.Question < 0 || q == exclusion.Question))
            {
                continue;
            }

            if (hit.Score > scores.GetValueOrDefault(a))
            {
                scores[a] = hit.Score;
            }
        }

        return scores;
    }

    /// <summary>The share of the question's words (stemmed, stop words left out; typos forgiven) that the article uses.</summary>
    private double Coverage(List<string> terms, int article, Exclusion exclusion)
    {
        if (terms.Count == 0)
        {
            return 0;
        }

        var vocabulary = _vocabulary[article];
        var removed = exclusion.Article == article && exclusion.Question >= 0 ? _questionTerms[article][exclusion.Question] : [];
        var covered = 0;
        foreach (var term in terms)
        {
            if (vocabulary.Keys.Any(known => Count(known) > 0 && (known == term || (term.Length >= FuzzyMinLength && WithinOneEdit(known, term)))))
            {
                covered++;
            }
        }

        return (double)covered / terms.Count;

        int Count(string known) => vocabulary[known] - (Array.IndexOf(removed, known) >= 0 ? 1 : 0);
    }

    private KnowledgePassage? BestPassage(int article, string question, float[] vector)
    {
        var passages = _articles[article].Passages;
        if (passages.Count == 0)
        {
            return null;
        }

        // Meaning decides, and a word of the question that only some passages have tips the balance: "VAT" points at
        // the billing-details list even where the whole article is about invoices.
        var wanted = Terms(question).ToHashSet(StringComparer.Ordinal);
        var terms = passages.Select((_, p) => _passageTerms[_passageStart[article] + p].Where(wanted.Contains).ToHashSet(StringComparer.Ordinal)).ToList();
        var best = 0;
        var bestScore = double.MinValue;
        for (var p = 0; p < passages.Count; p++)
        {
            var distinctive = terms[p].Sum(t => 1.0 / terms.Count(other => other.Contains(t)));
            var score = VectorMath.Dot(vector, _passageVectors[_passageStart[article] + p]) + (DistinctiveTermWeight * distinctive);
            if (score > bestScore)
            {
                best = p;
                bestScore = score;
            }
        }

        var passage = passages[best];
        return passage.Text.Length <= MaxAnswerLength ? passage : passage with { Text = Focus(passage.Text, wanted) };
    }

    /// <summary>
    /// A passage too long to quote whole: the paragraph or list item that shares the most words with the question
    /// (the VAT item of an invoices passage for "how do I add our VAT number?"); the passage's start when none does.
    /// </summary>
    private string Focus(string text, HashSet<string> wanted)
    {
        var blocks = PassageSplitter.Items(text);
        var best = -1;
        var bestShared = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            var shared = Terms(blocks[b]).Distinct(StringComparer.Ordinal).Count(wanted.Contains);
            if (shared > bestShared)
            {
                best = b;
                bestShared = shared;
            }
        }

        var chosen = best <= 0 ? text : blocks[best];
        return chosen.Length <= MaxAnswerLength ? chosen : Shorten(chosen);
    }

    private ConfidenceModel Calibrate(CancellationToken cancellationToken)
    {
        // Every question with the article's other texts still there; a fixed sample on a large help center.
        var questions = new List<int>();
        for (var i = 0; i < _items.Length; i++)
        {
            if (_itemQuestion[i] >= 0)
            {
                questions.Add(i);
            }
        }

        var random = new Random(17);
        var sample = questions.Count <= MaxCalibrationQuestions
            ? questions
            : [.. questions.OrderBy(_ => random.Next()).Take(MaxCalibrationQuestions)];
        var samples = new List<(double[] Features, bool Correct, double Weight)>(sample.Count * 2);
        foreach (var i in sample)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var article = _itemArticle[i];
            var text = _articles[article].Questions[_itemQuestion[i]];

            var heldOut = Rank(text, _items[i], null, new Exclusion(article, _itemQuestion[i]));
            if (heldOut.Best >= 0)
            {
                samples.Add((heldOut.Features, heldOut.Best == article, 1.0));
            }

            var articleLeftOut = Rank(text, _items[i], null, new Exclusion(article, -1));
            if (articleLeftOut.Best >= 0)
            {
                samples.Add((articleLeftOut.Features, false, OutOfScopeWeight));
            }
        }

        return ConfidenceModel.Train(samples);
    }

    private List<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream(TextField, text ?? string.Empty);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private static Document Document(int article, int question, IEnumerable<(string Field, string Text)> fields)
    {
        var document = new Document
        {
            new NumericDocValuesField(ArticleField, article),
            new NumericDocValuesField(QuestionField, question),
        };
        foreach (var (field, text) in fields)
        {
            document.Add(new TextField(field, text, Field.Store.NO));
        }

        return document;
    }

    private static string PassageText(KnowledgePassage passage) =>
        passage.Heading is null ? passage.Text : passage.Heading + "\n" + passage.Text;

    private static bool OnPage(KnowledgeArticle article, string? page) =>
        !string.IsNullOrWhiteSpace(page)
        && article.Pages.Any(p => page.StartsWith(p.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            && (page.Length == p.TrimEnd('/').Length || page[p.TrimEnd('/').Length] is '/' or '?' or '#'));

    private static string Shorten(string text)
    {
        var cut = text.LastIndexOfAny(['.', '\n'], MaxAnswerLength - 1);
        return (cut > MaxAnswerLength / 2 ? text[..(cut + 1)] : text[..MaxAnswerLength] + "…").TrimEnd();
    }

    private static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            if (a.Length > b.Length)
            {
                i++;
            }
            else if (a.Length < b.Length)
            {
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }

        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }

    private readonly record struct Exclusion(int Article, int Question)
    {
        public static Exclusion None { get; } = new(-1, -1);
    }

    private readonly record struct RankResult(int Best, int RunnerUp, double[] Features);
}
