using System.Text;
using System.Text.RegularExpressions;

namespace HandoffBot.Language;

/// <summary>Lexical helpers: words, character trigrams and edit distance, all over lower-cased text.</summary>
internal static partial class TextFeatures
{
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:'[\p{L}]+)?")]
    private static partial Regex WordRegex();

    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        foreach (Match match in WordRegex().Matches(text.ToLowerInvariant()))
        {
            words.Add(match.Value.Replace("'", string.Empty, StringComparison.Ordinal));
        }

        return words;
    }

    /// <summary>Character trigrams of the words, each word padded with spaces so that word starts and ends count.</summary>
    public static HashSet<string> Trigrams(string text)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(text))
        {
            var padded = " " + word + " ";
            for (var i = 0; i + 3 <= padded.Length; i++)
            {
                grams.Add(padded.Substring(i, 3));
            }
        }

        return grams;
    }

    /// <summary>Dice coefficient of two trigram sets, in [0, 1].</summary>
    public static double Dice(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var gram in small)
        {
            if (large.Contains(gram))
            {
                shared++;
            }
        }

        return 2.0 * shared / (a.Count + b.Count);
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped at <paramref name="max"/> + 1.</summary>
    public static int EditDistance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>Collapses runs of whitespace and trims.</summary>
    public static string Tidy(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Whether one insertion, deletion or substitution (or none) turns one word into the other: the cheap typo test.
    /// With <paramref name="transpositions"/>, swapping two adjacent letters counts as one edit too.
    /// </summary>
    public static bool WithinOneEdit(string a, string b, bool transpositions = false)
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
            else if (transpositions && i + 1 < a.Length && a[i] == b[j + 1] && a[i + 1] == b[j])
            {
                i += 2;
                j += 2;
            }
            else
            {
                i++;
                j++;
            }
        }

        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}
