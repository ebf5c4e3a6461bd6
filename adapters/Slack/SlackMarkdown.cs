using System.Text.RegularExpressions;

namespace HandoffBot.Adapters.Slack;

/// <summary>
/// Between the bot's Markdown and Slack's mrkdwn: <c>**bold**</c> is <c>*bold*</c>, <c>[text](url)</c> is
/// <c>&lt;url|text&gt;</c>, and <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> are entities in Slack. What customers type arrives with
/// links, mentions and entities in Slack's form and reaches the bot as plain text.
/// </summary>
public static partial class SlackMarkdown
{
    private const char BoldMark = '\u0001';

    /// <summary>The bot's Markdown as Slack mrkdwn.</summary>
    public static string ToMrkdwn(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return string.Empty;
        }

        var text = Escape(markdown);
        text = Link().Replace(text, m => $"<{m.Groups["url"].Value}|{m.Groups["text"].Value}>");
        text = Bold().Replace(text, m => $"{BoldMark}{m.Groups[1].Value}{BoldMark}");
        text = Italic().Replace(text, "_$1_");
        text = Heading().Replace(text, m => $"{BoldMark}{m.Groups[1].Value.Trim()}{BoldMark}");
        return text.Replace(BoldMark, '*');
    }

    /// <summary>
    /// What a customer typed in Slack as plain text: the app's own mention (<paramref name="botUserId"/>) removed,
    /// other mentions, channels and links as people read them, entities decoded.
    /// </summary>
    public static string FromMrkdwn(string? text, string? botUserId)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var plain = Reference().Replace(text, m =>
        {
            var target = m.Groups["target"].Value;
            var label = m.Groups["label"].Success ? m.Groups["label"].Value : null;
            return target switch
            {
                _ when botUserId is not null && target == "@" + botUserId => string.Empty,
                _ when target.StartsWith('@') => "@" + (label ?? target[1..]),
                _ when target.StartsWith('#') => "#" + (label ?? target[1..]),
                _ when target.StartsWith('!') => "@" + (label ?? target[1..].Split('^')[0]),
                _ when target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) => label ?? target["mailto:".Length..],
                _ => label is null || label == target ? target : $"{label} ({target})",
            };
        });
        return Spaces().Replace(plain.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal), " ").Trim();
    }

    // Slack reads only these three as control characters; everything else is sent as typed.
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    [GeneratedRegex(@"\[(?<text>[^\]\n]+)\]\((?<url>(https?|mailto):[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*(?=\S)(.+?)(?<=\S)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"(?<![\*\w])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\*\w])")]
    private static partial Regex Italic();

    [GeneratedRegex(@"^#{1,6}[ \t]+(.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"<(?<target>[^|>]+)(\|(?<label>[^>]*))?>")]
    private static partial Regex Reference();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();
}
