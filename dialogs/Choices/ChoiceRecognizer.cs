using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace HandoffBot.Dialogs.Choices;

/// <summary>
/// Matches a reply to one of a list of choices: by the words of a value or synonym (whole or partial), then by
/// position ("2", "second", "the 3rd one"). English only. Microsoft.Recognizers.Text.Choice is not available here.
/// </summary>
public static class ChoiceRecognizer
{
    // Filler words that would otherwise make unrelated choices look like partial matches.
    private static readonly HashSet<string> _fillerWords =
        ["a", "an", "the", "of", "to", "and", "or", "please", "i", "me", "my", "want", "would", "like", "it", "is", "one", "pick", "take"];

    /// <summary>Returns the best match, or null when nothing matches or two choices match equally well.</summary>
    public static FoundChoice? RecognizeChoice(string? utterance, IList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (string.IsNullOrWhiteSpace(utterance) || choices.Count == 0)
        {
            return null;
        }

        return MatchWords(utterance, choices) ?? MatchPosition(utterance, choices);
    }

    internal static string[] Tokenize(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        return new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static FoundChoice? MatchWords(string utterance, IList<Choice> choices)
    {
        var spoken = Tokenize(utterance).ToHashSet(StringComparer.Ordinal);
        var candidates = new List<(FoundChoice Found, int Matched)>();
        for (var index = 0; index < choices.Count; index++)
        {
            var choice = choices[index];
            IEnumerable<string> texts = choice.Synonyms is null ? [choice.Value] : choice.Synonyms.Prepend(choice.Value);
            var scored = texts
                .Select(text => Score(text, spoken))
                .Where(s => s.Matched > 0)
                .OrderByDescending(s => s.Coverage).ThenByDescending(s => s.Matched)
                .FirstOrDefault();
            if (scored.Matched > 0)
            {
                candidates.Add((new FoundChoice { Value = choice.Value, Index = index, Score = scored.Coverage, Synonym = scored.Text }, scored.Matched));
            }
        }

        var ranked = candidates.OrderByDescending(c => c.Found.Score).ThenByDescending(c => c.Matched).ToList();
        if (ranked.Count == 0)
        {
            return null;
        }

        // Equal evidence for two choices ("red or blue") is no answer; the prompt asks again.
        var ambiguous = ranked.Count > 1 && ranked[1].Found.Score == ranked[0].Found.Score && ranked[1].Matched == ranked[0].Matched;
        return ambiguous ? null : ranked[0].Found;
    }

    private static (string Text, double Coverage, int Matched) Score(string text, HashSet<string> spoken)
    {
        var words = Tokenize(text).Where(w => !_fillerWords.Contains(w)).Distinct().ToArray();
        if (words.Length == 0)
        {
            words = Tokenize(text);
        }

        var matched = words.Count(spoken.Contains);
        return (text, words.Length == 0 ? 0 : (double)matched / words.Length, matched);
    }

    private static FoundChoice? MatchPosition(string utterance, IList<Choice> choices)
    {
        var text = utterance.Trim();
        var position = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : RecognizePosition(text);
        if (position is not { } p || p < 1 || p > choices.Count)
        {
            return null;
        }

        return new FoundChoice { Value = choices[p - 1].Value, Index = p - 1, Score = 1.0, Synonym = text };
    }

    // "second", "the 3rd one", or a number word that is the whole reply ("two").
    private static int? RecognizePosition(string text)
    {
        var ordinals = NumberRecognizer.RecognizeOrdinal(text, Culture.English);
        var numbers = NumberRecognizer.RecognizeNumber(text, Culture.English);
        var result = ordinals.Count == 1 ? ordinals[0]
            : numbers.Count == 1 && numbers[0].Text.Length == text.Length ? numbers[0]
            : null;
        object? value = null;
        result?.Resolution?.TryGetValue("value", out value);
        return int.TryParse(value?.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var position) ? position : null;
    }
}
