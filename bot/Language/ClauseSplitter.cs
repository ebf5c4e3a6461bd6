using System.Text.RegularExpressions;

namespace HandoffBot.Language;

/// <summary>
/// Splits a message into clauses at sentence punctuation, commas, contrast words ("but", "just", "instead") and an
/// "and" that opens a fresh request ("… never arrived and I want a person to sort it out"), so that "I don't want to
/// cancel, just downgrade" is judged as two requests.
/// </summary>
internal static partial class ClauseSplitter
{
    [GeneratedRegex(@"[.!?;,:\n\r]+|\s[-–—]+\s|\b(?:but|just|instead|rather|however|although|though|except|because|cause|since|who|which|so\s+that)\b|\band\s+(?=(?:i|we)\s+(?:want|need|demand|expect|would\s+like)\b|(?:i|we)'?d\s+like\b|please\b|(?:get|give|put|connect|transfer)\s+(?:me|us)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex BoundaryRegex();

    [GeneratedRegex(@"\p{L}")]
    private static partial Regex LetterRegex();

    public static IReadOnlyList<string> Split(string text)
    {
        var clauses = BoundaryRegex().Split(text)
            .Select(TextFeatures.Tidy)
            .Where(c => LetterRegex().IsMatch(c))
            .ToList();
        return clauses.Count > 0 ? clauses : [TextFeatures.Tidy(text)];
    }
}
