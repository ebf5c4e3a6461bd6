using HandoffBot.Language;

namespace HandoffBot.Knowledge;

/// <summary>
/// Chooses what to quote from the article that answers: the passage closest in meaning to the question, tipped by the
/// question's words that only some passages have, and from a passage too long to quote whole, the paragraph or list
/// item the question is about. Immutable and thread-safe.
/// </summary>
internal sealed class PassageChooser
{
    private const int MaxAnswerLength = 700;

    /// <summary>What a question word found in one passage of an article (and not its others) adds to that passage's similarity.</summary>
    private const double DistinctiveTermWeight = 0.15;

    private readonly IReadOnlyList<KnowledgeArticle> _articles;
    private readonly LexicalIndex _lexical;

    // Every passage of every article, in order: article a's are rows _start[a] to _start[a + 1] - 1, with their terms
    // analyzed once here, not on every question.
    private readonly SemanticRanker _passages;
    private readonly HashSet<string>[] _terms;
    private readonly int[] _start;

    public PassageChooser(IReadOnlyList<KnowledgeArticle> articles, LexicalIndex lexical, IReadOnlyList<float[]> passageVectors)
    {
        _articles = articles;
        _lexical = lexical;
        _passages = new SemanticRanker(passageVectors);
        _start = new int[articles.Count + 1];
        for (var a = 0; a < articles.Count; a++)
        {
            _start[a + 1] = _start[a] + articles[a].Passages.Count;
        }

        _terms = [.. articles.SelectMany(a => a.Passages).Select(p => lexical.Terms(LexicalIndex.PassageText(p)).ToHashSet(StringComparer.Ordinal))];
    }

    /// <summary>Every passage's text as it is embedded, in the order the chooser expects their vectors.</summary>
    public static IEnumerable<string> Texts(IReadOnlyList<KnowledgeArticle> articles) =>
        articles.SelectMany(a => a.Passages).Select(LexicalIndex.PassageText);

    public KnowledgePassage? Choose(int article, string question, ReadOnlySpan<float> vector)
    {
        var passages = _articles[article].Passages;
        if (passages.Count == 0)
        {
            return null;
        }

        // Meaning decides, and a word of the question that only some passages have tips the balance: "VAT" points at
        // the billing-details list even where the whole article is about invoices.
        var wanted = _lexical.Terms(question).ToHashSet(StringComparer.Ordinal);
        var terms = passages.Select((_, p) => _terms[_start[article] + p].Where(wanted.Contains).ToHashSet(StringComparer.Ordinal)).ToList();
        var best = 0;
        var bestScore = double.MinValue;
        for (var p = 0; p < passages.Count; p++)
        {
            var distinctive = terms[p].Sum(t => 1.0 / terms.Count(other => other.Contains(t)));
            var score = _passages.Score(vector, _start[article] + p) + (DistinctiveTermWeight * distinctive);
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
            var shared = _lexical.Terms(blocks[b]).Distinct(StringComparer.Ordinal).Count(wanted.Contains);
            if (shared > bestShared)
            {
                best = b;
                bestShared = shared;
            }
        }

        var chosen = best <= 0 ? text : blocks[best];
        return chosen.Length <= MaxAnswerLength ? chosen : Shorten(chosen);
    }

    private static string Shorten(string text)
    {
        var cut = text.LastIndexOfAny(['.', '\n'], MaxAnswerLength - 1);
        return (cut > MaxAnswerLength / 2 ? text[..(cut + 1)] : text[..MaxAnswerLength] + "…").TrimEnd();
    }
}
