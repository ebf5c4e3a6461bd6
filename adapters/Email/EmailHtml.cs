using System.Net;
using System.Text;
using MimeKit.Text;

namespace HandoffBot.Adapters.Email;

/// <summary>
/// Text of an HTML-only mail: blocks become lines, scripts, styles and the quoted history mail programs put in
/// <c>&lt;blockquote&gt;</c> are left out. Built on MimeKit's HTML tokenizer.
/// </summary>
public static class EmailHtml
{
    private static readonly HashSet<HtmlTagId> Skipped = [HtmlTagId.Script, HtmlTagId.Style, HtmlTagId.Head, HtmlTagId.Title, HtmlTagId.BlockQuote];

    private static readonly HashSet<HtmlTagId> Blocks =
    [
        HtmlTagId.P, HtmlTagId.Div, HtmlTagId.Br, HtmlTagId.LI, HtmlTagId.TR, HtmlTagId.H1, HtmlTagId.H2, HtmlTagId.H3,
        HtmlTagId.H4, HtmlTagId.H5, HtmlTagId.H6, HtmlTagId.Table, HtmlTagId.UL, HtmlTagId.OL, HtmlTagId.HR, HtmlTagId.Pre,
    ];

    public static string ToText(string? html)
    {
        var text = new StringBuilder();
        var skipping = 0;
        using var reader = new StringReader(html ?? string.Empty);
        var tokenizer = new HtmlTokenizer(reader);
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when Skipped.Contains(tag.Id):
                    if (!tag.IsEmptyElement)
                    {
                        skipping = Math.Max(0, skipping + (tag.IsEndTag ? -1 : 1));
                    }

                    break;
                case HtmlTagToken tag when skipping == 0 && Blocks.Contains(tag.Id):
                    text.Append('\n');
                    break;
                case HtmlDataToken data when skipping == 0:
                    // Whitespace in HTML source is layout, not text.
                    text.Append(WebUtility.HtmlDecode(string.Join(' ', data.Data.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))) is { Length: > 0 } words
                        ? (char.IsWhiteSpace(data.Data[0]) && text.Length > 0 && text[^1] != '\n' ? " " : string.Empty) + words + (char.IsWhiteSpace(data.Data[^1]) ? " " : string.Empty)
                        : string.Empty);
                    break;
            }
        }

        // One blank line at most between blocks: nested blocks open several at once.
        var lines = text.ToString().Split('\n').Select(l => l.Trim());
        var joined = string.Join('\n', lines).Trim();
        while (joined.Contains("\n\n\n", StringComparison.Ordinal))
        {
            joined = joined.Replace("\n\n\n", "\n\n", StringComparison.Ordinal);
        }

        return joined;
    }
}
