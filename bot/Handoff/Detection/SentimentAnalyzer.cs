using System.Text.RegularExpressions;

namespace HandoffBot.Handoff.Detection;

/// <summary>
/// Rule-based sentiment and frustration for one customer message (after VADER): a support-conversation lexicon, with
/// intensifiers ("extremely"), negation flipping the next words ("not happy" is negative, "not bad" positive), shouted
/// words and all-caps messages, and repeated "!" and "?". Every contribution is reported as evidence. Stateless and
/// thread-safe; see <see cref="SentimentTrend"/> for the trend over a conversation.
/// </summary>
public sealed partial class SentimentAnalyzer
{
    /// <summary>How a negator scales the valence it governs (VADER's constant).</summary>
    private const double NegationScale = -0.74;

    /// <summary>How far (in words) a negator reaches forward.</summary>
    private const int NegationReach = 3;

    private const double ShoutScale = 1.3;

    /// <summary>Normalisation constant: score = sum / sqrt(sum² + Alpha), as VADER does.</summary>
    private const double Alpha = 15;

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")]
    private static partial Regex TokenRegex();

    [GeneratedRegex(@"[!?]*![!?]*")]
    private static partial Regex ExclamationRunRegex();

    [GeneratedRegex(@"\?{2,}")]
    private static partial Regex QuestionRunRegex();

    public SentimentResult Analyze(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return SentimentResult.Neutral;
        }

        var evidence = new List<string>();
        var tokens = TokenRegex().Matches(text).Select(m => m.Value).ToList();
        var lower = tokens.Select(t => t.ToLowerInvariant().Replace("'", string.Empty, StringComparison.Ordinal).Replace("’", string.Empty, StringComparison.Ordinal)).ToList();

        var letters = text.Count(char.IsLetter);
        var upper = text.Count(char.IsUpper);
        var allCaps = letters >= 6 && upper >= 0.7 * letters;

        double sum = 0;
        var shouted = false;
        var repetition = false;
        var consumedUntil = 0;
        for (var i = 0; i < lower.Count;)
        {
            var (valence, length, entry) = Lookup(lower, i);
            if (length == 0)
            {
                i++;
                continue;
            }

            evidence.Add($"lexicon: {entry}");
            repetition |= entry.Contains("time", StringComparison.Ordinal) || entry is "again" or "still" || entry.StartsWith("still ", StringComparison.Ordinal);

            // Intensifiers just before the entry (two at most: "really very bad").
            for (var j = i - 1; j >= Math.Max(consumedUntil, i - 2); j--)
            {
                if (!SentimentLexicon.Intensifiers.TryGetValue(lower[j], out var factor))
                {
                    break;
                }

                valence *= factor;
                evidence.Add($"intensifier: {lower[j]}");
            }

            // A single shouted word in an otherwise normal message.
            if (!allCaps && Enumerable.Range(i, length).Any(k => IsShouted(tokens[k])))
            {
                valence *= ShoutScale;
                shouted = true;
                evidence.Add($"caps: {string.Join(' ', tokens.Skip(i).Take(length))}");
            }

            // A negator within reach before the entry flips it.
            for (var j = i - 1; j >= Math.Max(consumedUntil, i - NegationReach); j--)
            {
                if (SentimentLexicon.Negators.Contains(lower[j]))
                {
                    valence *= NegationScale;
                    evidence.Add($"negation: {string.Join(' ', lower.Skip(j).Take(i - j + length))}");
                    break;
                }
            }

            sum += valence;
            i += length;
            consumedUntil = i;
        }

        if (allCaps)
        {
            evidence.Add("all caps");

            // Shouting with no sentiment words ("WHERE IS MY ORDER") reads as anger in a support conversation.
            sum = sum == 0 ? -1.2 : sum * ShoutScale;
        }

        var exclamations = ExclamationRunRegex().Matches(text).Select(m => m.Value).ToList();
        var longestExclamation = exclamations.Count == 0 ? 0 : exclamations.Max(r => r.Length);
        var exclamationCount = text.Count(c => c == '!');
        if (longestExclamation >= 2)
        {
            evidence.Add(exclamations.First(r => r.Length == longestExclamation));
        }

        if (sum != 0 && exclamationCount > 0)
        {
            sum += Math.Sign(sum) * Math.Min(exclamationCount, 4) * 0.292;
        }

        var questionRun = QuestionRunRegex().Matches(text).Select(m => m.Length).DefaultIfEmpty(0).Max();
        if (questionRun >= 2 && !evidence.Any(e => e.Contains("??", StringComparison.Ordinal)))
        {
            evidence.Add("??");
        }

        if (questionRun >= 2 && sum <= 0)
        {
            sum -= Math.Min(questionRun, 3) * 0.18;
        }

        var score = Math.Clamp(sum / Math.Sqrt((sum * sum) + Alpha), -1, 1);

        // Frustration: how negative, plus the signs of exasperation when the message is not positive.
        var signals = 0.0;
        if (score <= 0.05)
        {
            signals += allCaps ? 0.25 : 0;
            signals += longestExclamation >= 2 ? 0.15 + (0.05 * Math.Min(longestExclamation - 2, 2)) : 0;
            signals += questionRun >= 2 ? 0.12 : 0;
            signals += shouted ? 0.1 : 0;
            signals += repetition ? 0.1 : 0;
        }

        var frustration = score < 0 || signals > 0 ? Math.Clamp(Math.Max(0, -score) + signals, 0, 1) : 0;
        return new SentimentResult(Math.Round(score, 4), Math.Round(frustration, 4), evidence);
    }

    private static (double Valence, int Length, string Entry) Lookup(List<string> lower, int i)
    {
        for (var length = 3; length >= 2; length--)
        {
            if (i + length > lower.Count)
            {
                continue;
            }

            var phrase = string.Join(' ', lower.Skip(i).Take(length));
            if (SentimentLexicon.Phrases.TryGetValue(phrase, out var value))
            {
                return (value, length, phrase);
            }
        }

        // An intensifier followed by a sentiment word is an intensifier, not a word of its own ("damn slow").
        if (SentimentLexicon.Intensifiers.ContainsKey(lower[i]) && i + 1 < lower.Count
            && (SentimentLexicon.Words.ContainsKey(lower[i + 1]) || SentimentLexicon.Intensifiers.ContainsKey(lower[i + 1])))
        {
            return (0, 0, string.Empty);
        }

        return SentimentLexicon.Words.TryGetValue(lower[i], out var word) ? (word, 1, lower[i]) : (0, 0, string.Empty);
    }

    private static bool IsShouted(string token) =>
        token.Length >= 3 && token.All(c => !char.IsLetter(c) || char.IsUpper(c)) && token.Any(char.IsLetter);
}
