using HandoffBot.Language;

namespace HandoffBot.Knowledge;

/// <summary>
/// The terms of one index field within one edit of a query term (a typo: one letter added, dropped, changed, or two
/// swapped), with the first letter kept — what Lucene's <c>FuzzyQuery(term, maxEdits: 1, prefixLength: 1)</c> finds, and
/// with the same weight (1 - edits / shorter length), but looked up in buckets by first letter and length instead of
/// a Levenshtein automaton built for every query term and field.
/// </summary>
internal sealed class TypoNeighbours
{
    private readonly Dictionary<(char First, int Length), string[]> _buckets;

    public TypoNeighbours(IEnumerable<string> terms)
    {
        _buckets = terms
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .GroupBy(t => (t[0], t.Length))
            .ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>The field's terms within one edit of <paramref name="term"/> (itself included when the field has it), in ordinal order, each with its weight.</summary>
    public List<(string Term, float Weight)> Within(string term)
    {
        var found = new List<(string Term, float Weight)>();
        if (term.Length == 0)
        {
            return found;
        }

        for (var length = term.Length - 1; length <= term.Length + 1; length++)
        {
            if (!_buckets.TryGetValue((term[0], length), out var bucket))
            {
                continue;
            }

            foreach (var candidate in bucket)
            {
                // The first letter is never the typo: compare what follows it.
                var edits = string.Equals(candidate, term, StringComparison.Ordinal) ? 0
                    : TextFeatures.WithinOneEdit(candidate[1..], term[1..], transpositions: true) ? 1
                    : -1;
                if (edits >= 0)
                {
                    found.Add((candidate, 1.0f - ((float)edits / Math.Min(candidate.Length, term.Length))));
                }
            }
        }

        found.Sort((x, y) => string.CompareOrdinal(x.Term, y.Term));
        return found;
    }
}
