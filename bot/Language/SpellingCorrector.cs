using System.Text.RegularExpressions;

namespace HandoffBot.Language;

/// <summary>
/// Corrects words that are not in a vocabulary (the words of the examples) to the nearest vocabulary word within one
/// edit (two for words of seven letters or more), so that "cancle my acount" reads "cancel my account". Words of fewer
/// than four letters, and words already in the vocabulary, are left alone.
/// </summary>
internal sealed partial class SpellingCorrector
{
    private readonly HashSet<string> _vocabulary;
    private readonly Dictionary<int, List<string>> _byLength = [];

    public SpellingCorrector(IEnumerable<string> vocabulary)
    {
        _vocabulary = new HashSet<string>(vocabulary, StringComparer.Ordinal);
        foreach (var word in _vocabulary.Where(w => w.Length >= 3).OrderBy(w => w, StringComparer.Ordinal))
        {
            if (!_byLength.TryGetValue(word.Length, out var list))
            {
                list = [];
                _byLength[word.Length] = list;
            }

            list.Add(word);
        }
    }

    [GeneratedRegex(@"[\p{L}]+(?:'[\p{L}]+)?")]
    private static partial Regex WordRegex();

    /// <summary>Returns the text with misspelt words replaced, lower-cased; the same text when nothing changed.</summary>
    public string Correct(string text)
    {
        var lower = text.ToLowerInvariant();
        return WordRegex().Replace(lower, match => CorrectWord(match.Value));
    }

    private string CorrectWord(string word)
    {
        if (word.Length < 4 || word.Contains('\'', StringComparison.Ordinal) || _vocabulary.Contains(word))
        {
            return word;
        }

        var max = word.Length >= 7 ? 2 : 1;
        string? best = null;
        var bestDistance = max + 1;
        var bestPrefix = 0;
        for (var length = word.Length - max; length <= word.Length + max; length++)
        {
            if (!_byLength.TryGetValue(length, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                // A misspelling nearly always keeps the first letter.
                if (candidate[0] != word[0])
                {
                    continue;
                }

                // Ties go to the candidate sharing the longest start ("acount" is "account", not "amount").
                var distance = TextFeatures.EditDistance(word, candidate, max);
                var prefix = CommonPrefix(word, candidate);
                if (distance < bestDistance || (distance == bestDistance && distance <= max && prefix > bestPrefix))
                {
                    best = candidate;
                    bestDistance = distance;
                    bestPrefix = prefix;
                }
            }
        }

        return best ?? word;
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }
}
