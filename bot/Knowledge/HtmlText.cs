using System.Net;
using System.Text.RegularExpressions;

namespace HandoffBot.Knowledge;

/// <summary>
/// Turns help-center HTML (a Zendesk article body) into the Markdown-ish text the splitter expects: headings become
/// <c>#</c> lines, paragraphs and list items become blocks, tags go, entities are decoded. Not a general HTML parser:
/// it only has to keep the words and the paragraph structure.
/// </summary>
public static partial class HtmlText
{
    public static string ToMarkdown(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = ScriptOrStyle().Replace(html, " ");
        text = HeadingOpen().Replace(text, m => "\n\n" + new string('#', int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)) + " ");
        text = ListItem().Replace(text, "\n- ");
        text = BlockEnd().Replace(text, "\n\n");
        text = LineBreak().Replace(text, "\n");
        text = Tag().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text);
        text = Spaces().Replace(text, " ");
        return ManyBlankLines().Replace(text, "\n\n").Trim();
    }

    [GeneratedRegex(@"<(script|style)[^>]*>.*?</\1>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<h([1-6])[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingOpen();

    [GeneratedRegex(@"<li[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"</(p|h[1-6]|ul|ol|div|table|blockquote|pre)>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\u00a0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n\s*\n(\s*\n)+")]
    private static partial Regex ManyBlankLines();
}
