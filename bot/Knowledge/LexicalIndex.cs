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
/// The help center's words: Lucene BM25 over titles, alternate questions, passages and tags, with English stemming
/// and typo-tolerant terms; and the analyzer every other part of the knowledge index uses to turn text into terms. One
/// searcher for the index's life, shared by concurrent searches.
/// </summary>
internal sealed class LexicalIndex : IDisposable
{
    /// <summary>Terms shorter than this are never matched with a typo: "vat" is not "cat".</summary>
    public const int FuzzyMinLength = 4;

    private const int Hits = 300;
    private const string ArticleField = "article";
    private const string QuestionField = "questionIndex";
    private const string TitleField = "title";
    private const string QuestionsField = "question";
    private const string TextField = "text";
    private const string TagsField = "tags";

    private static readonly (string Field, float Boost)[] SearchFields =
        [(TitleField, 2.0f), (QuestionsField, 1.5f), (TextField, 1.0f), (TagsField, 1.5f)];

    private readonly Analyzer _analyzer;
    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly NumericDocValues _docArticle;
    private readonly NumericDocValues _docQuestion;
    private readonly Dictionary<string, TypoNeighbours> _typos = new(StringComparer.Ordinal);

    public LexicalIndex(IReadOnlyList<KnowledgeArticle> articles)
    {
        _analyzer = new EnglishAnalyzer(LuceneVersion.LUCENE_48);
        _directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var a = 0; a < articles.Count; a++)
            {
                var article = articles[a];
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
        foreach (var (field, _) in SearchFields)
        {
            _typos[field] = new TypoNeighbours(FieldTerms(field));
        }
    }

    /// <summary>A passage as it is indexed and embedded: its heading, then its text.</summary>
    public static string PassageText(KnowledgePassage passage) =>
        passage.Heading is null ? passage.Text : passage.Heading + "\n" + passage.Text;

    /// <summary>The text's terms as the index sees them: lower case, stemmed, stop words left out.</summary>
    public List<string> Terms(string text)
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

    /// <summary>Each article's best BM25 score for the terms (articles without a hit are absent).</summary>
    public Dictionary<int, double> Scores(IReadOnlyList<string> terms, ArticleExclusion exclusion)
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
                if (term.Length >= FuzzyMinLength && Typos(field, term) is { } typos)
                {
                    // A typo costs most of the term's weight, so an exact match still wins.
                    typos.Boost = boost * 0.3f;
                    query.Add(typos, Occur.SHOULD);
                }
            }
        }

        foreach (var hit in _searcher.Search(query, Hits).ScoreDocs)
        {
            var a = (int)_docArticle.Get(hit.Doc);
            if (exclusion.Excludes(a, (int)_docQuestion.Get(hit.Doc)))
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

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    // The terms of the field within one edit, as Lucene's FuzzyQuery(term, 1, 1) rewrites to: one clause per term.
    private BooleanQuery? Typos(string field, string term)
    {
        var neighbours = _typos[field].Within(term);
        if (neighbours.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery(disableCoord: true);
        foreach (var (neighbour, weight) in neighbours)
        {
            query.Add(new TermQuery(new Term(field, neighbour)) { Boost = weight }, Occur.SHOULD);
        }

        return query;
    }

    private IEnumerable<string> FieldTerms(string field)
    {
        var terms = MultiFields.GetTerms(_reader, field);
        if (terms is null)
        {
            yield break;
        }

        var e = terms.GetEnumerator();
        while (e.MoveNext())
        {
            yield return e.Term.Utf8ToString();
        }
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
}
