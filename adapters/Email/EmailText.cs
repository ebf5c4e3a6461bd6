using System.Text.RegularExpressions;

namespace HandoffBot.Adapters.Email;

/// <summary>
/// The new text of a customer's mail: what they wrote this time, without the quoted history mail programs append
/// ("On … wrote:", "&gt;" lines, Outlook's "From: … Sent: …" block, "-----Original Message-----") and without the
/// signature ("-- " and the lines after it, a closing sign-off and the name under it, "Sent from my iPhone").
/// </summary>
public static partial class EmailText
{
    // A sign-off is only taken for one near the end: "thanks" in the middle of a message is part of it.
    private const int SignOffReach = 4;

    public static string NewText(string? body)
    {
        var lines = (body ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var kept = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            var next = i + 1 < lines.Length ? lines[i + 1].Trim() : string.Empty;
            if (line is "--" or "-- " || lines[i] == "-- " || StartsHistory(line, next, lines.AsSpan(i)))
            {
                break;
            }

            if (line.TrimStart().StartsWith('>'))
            {
                continue;
            }

            kept.Add(line);
        }

        CutSignOff(kept);
        return string.Join('\n', kept).Trim();
    }

    private static bool StartsHistory(string line, string next, ReadOnlySpan<string> rest)
    {
        var trimmed = line.Trim();
        if (OriginalMessage().IsMatch(trimmed) || Wrote().IsMatch(trimmed) || (OnStart().IsMatch(trimmed) && Wrote().IsMatch(trimmed + " " + next)))
        {
            return true;
        }

        // Outlook: "From: Ann <ann@x>" followed within a few lines by "Sent:"/"Date:" and "To:" or "Subject:".
        if (!FromHeader().IsMatch(trimmed))
        {
            return false;
        }

        var window = rest[1..Math.Min(rest.Length, 6)];
        var hasDate = false;
        var hasOther = false;
        foreach (var candidate in window)
        {
            hasDate |= SentHeader().IsMatch(candidate.Trim());
            hasOther |= ToOrSubjectHeader().IsMatch(candidate.Trim());
        }

        return hasDate && hasOther;
    }

    private static void CutSignOff(List<string> kept)
    {
        while (kept.Count > 0 && string.IsNullOrWhiteSpace(kept[^1]))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        for (var i = kept.Count - 1; i >= 0; i--)
        {
            if (SentFrom().IsMatch(kept[i].Trim()))
            {
                kept.RemoveRange(i, kept.Count - i);
            }
        }

        var nonEmptySeen = 0;
        for (var i = kept.Count - 1; i > 0 && nonEmptySeen < SignOffReach; i--)
        {
            if (string.IsNullOrWhiteSpace(kept[i]))
            {
                continue;
            }

            nonEmptySeen++;
            if (SignOff().IsMatch(kept[i].Trim()))
            {
                kept.RemoveRange(i, kept.Count - i);
                break;
            }
        }
    }

    [GeneratedRegex(@"^-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|forwarded message)\s*-{2,}$", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalMessage();

    [GeneratedRegex(@"^(?:on|am|le|el|il|op)\s", RegexOptions.IgnoreCase)]
    private static partial Regex OnStart();

    [GeneratedRegex(@"^(?:on|am|le|el|il|op)\s.{4,300}(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef)\s*:$", RegexOptions.IgnoreCase)]
    private static partial Regex Wrote();

    [GeneratedRegex(@"^\*?(?:from|von|de|van)\s*:\*?\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex FromHeader();

    [GeneratedRegex(@"^\*?(?:sent|date|gesendet|datum|envoyé|enviado)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex SentHeader();

    [GeneratedRegex(@"^\*?(?:to|subject|an|betreff|à|objet|para|asunto)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ToOrSubjectHeader();

    [GeneratedRegex(@"^(?:sent from my|get outlook for|sent from outlook|sent from mail for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SentFrom();

    [GeneratedRegex(@"^(?:thanks|thank you|thanks again|many thanks|thx|cheers|best|best regards|best wishes|kind regards|warm regards|regards|sincerely|yours sincerely|yours|br|mfg|viele grüße|cordialement)\s*[,.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex SignOff();
}
