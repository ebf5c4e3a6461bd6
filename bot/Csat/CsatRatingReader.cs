using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace HandoffBot.Csat;

/// <summary>
/// Reads a 1–5 rating from a reply: a quick reply ("4"), a number in words ("five", Microsoft.Recognizers.Text), "4/5",
/// "4 stars", or a plain verdict ("great", "terrible"). A longer message that does not start with a rating is not one:
/// "I have 2 more questions" is the customer moving on.
/// </summary>
public static partial class CsatRatingReader
{
    private const int ShortReplyWords = 6;

    private const int AloneWords = 3;

    private static readonly Dictionary<string, int> Verdicts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["excellent"] = 5, ["great"] = 5, ["amazing"] = 5, ["perfect"] = 5, ["fantastic"] = 5, ["awesome"] = 5,
        ["good"] = 4, ["helpful"] = 4, ["fine"] = 3, ["ok"] = 3, ["okay"] = 3, ["average"] = 3, ["meh"] = 3,
        ["bad"] = 2, ["poor"] = 2, ["unhelpful"] = 2, ["terrible"] = 1, ["awful"] = 1, ["horrible"] = 1, ["useless"] = 1,
    };

    /// <summary>
    /// A rating said on its own, at most three words ("4", "great, thanks", "it was ok"): for a survey the customer did
    /// not expect (the bot's own, at goodbye), where "ok cancel my account" must stay a request.
    /// </summary>
    public static int? ReadAlone(string? text) =>
        text is not null && Words().Matches(text).Count <= AloneWords ? Read(text) : null;

    public static int? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (Leading().Match(trimmed) is { Success: true } leading)
        {
            return int.Parse(leading.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        var words = Words().Matches(trimmed).Select(m => m.Value).ToList();
        if (words.Count > ShortReplyWords)
        {
            return null;
        }

        foreach (var number in NumberRecognizer.RecognizeNumber(trimmed, Culture.English))
        {
            if (number.Resolution.TryGetValue("value", out var value)
                && int.TryParse(value?.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var rating) && rating is >= 1 and <= 5)
            {
                return rating;
            }
        }

        // "not great" is not great: a negated verdict is not read.
        return words.Any(w => w.Equals("not", StringComparison.OrdinalIgnoreCase) || w.EndsWith("n't", StringComparison.OrdinalIgnoreCase))
            ? null
            : words.Select(w => Verdicts.TryGetValue(w, out var v) ? v : (int?)null).FirstOrDefault(v => v is not null);
    }

    // "4", "4/5", "4 out of 5", "4 stars", "5!" at the start of the reply.
    [GeneratedRegex(@"^([1-5])(\s*(/|out of)\s*5)?(\s*stars?)?\b(?![.,]\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Leading();

    [GeneratedRegex(@"[\p{L}\p{N}']+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
