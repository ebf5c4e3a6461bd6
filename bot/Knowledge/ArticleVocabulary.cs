using HandoffBot.Language;

namespace HandoffBot.Knowledge;

/// <summary>
/// Which terms each article uses: per article, how many of its texts (title, tags, each question, each passage)
/// contain each term, and each question's own terms, so that a question left out for calibration takes its words with
/// it. Answers "how much of the customer's question does this article speak about?" (<see cref="Coverage"/>).
/// </summary>
internal sealed class ArticleVocabulary
{
    private readonly Dictionary<string, int>[] _counts;
    private readonly string[][][] _questionTerms;

    public ArticleVocabulary(IReadOnlyList<KnowledgeArticle> articles, LexicalIndex lexical)
    {
        _counts = new Dictionary<string, int>[articles.Count];
        _questionTerms = new string[articles.Count][][];
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a];
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            _questionTerms[a] = [.. article.Questions.Select(q => lexical.Terms(q).Distinct().ToArray())];
            var texts = new[] { article.Title, string.Join(" ", article.Tags) }.Concat(article.Passages.Select(LexicalIndex.PassageText));
            foreach (var terms in texts.Select(t => lexical.Terms(t).Distinct()).Concat(_questionTerms[a]))
            {
                foreach (var term in terms)
                {
                    counts[term] = counts.GetValueOrDefault(term) + 1;
                }
            }

            _counts[a] = counts;
        }
    }

    /// <summary>The share of the question's terms (typos forgiven) that the article uses, without what <paramref name="exclusion"/> leaves out.</summary>
    public double Coverage(IReadOnlyList<string> terms, int article, ArticleExclusion exclusion)
    {
        if (terms.Count == 0)
        {
            return 0;
        }

        var counts = _counts[article];
        var removed = exclusion.Article == article && exclusion.Question >= 0 ? _questionTerms[article][exclusion.Question] : [];
        var covered = 0;
        foreach (var term in terms)
        {
            if (counts.Keys.Any(known => Count(known) > 0
                && (known == term || (term.Length >= LexicalIndex.FuzzyMinLength && TextFeatures.WithinOneEdit(known, term)))))
            {
                covered++;
            }
        }

        return (double)covered / terms.Count;

        int Count(string known) => counts[known] - (Array.IndexOf(removed, known) >= 0 ? 1 : 0);
    }
}
