using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;

namespace HandoffBot.Adapters.Email;

/// <summary>
/// One mail from a turn's messages: their texts in order, then the last message's suggested actions as numbered
/// choices; as plain text and as simple HTML (paragraphs, bold, links from the bot's Markdown).
/// </summary>
public static partial class EmailBody
{
    public const string ChoicePrompt = "Reply with the number of your choice:";

    public static (string Text, string Html, IReadOnlyList<EmailChoice> Choices) Compose(IReadOnlyList<Activity> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var paragraphs = messages.Select(m => m.Text?.Trim()).Where(t => !string.IsNullOrEmpty(t)).Cast<string>().ToList();
        var choices = messages.LastOrDefault(m => m.SuggestedActions?.Actions?.Count > 0)?.SuggestedActions.Actions
            .Select(a => new EmailChoice(a.Title ?? a.Value?.ToString() ?? string.Empty, a.Value?.ToString() ?? a.Title ?? string.Empty))
            .Where(c => c.Title.Length > 0)
            .ToList() ?? [];

        var text = new StringBuilder(string.Join("\n\n", paragraphs));
        var html = new StringBuilder("<html><body>");
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(Html(paragraph)).Append("</p>");
        }

        if (choices.Count > 0)
        {
            text.Append("\n\n").Append(ChoicePrompt);
            html.Append("<p>").Append(WebUtility.HtmlEncode(ChoicePrompt)).Append("</p><ol>");
            for (var i = 0; i < choices.Count; i++)
            {
                text.Append('\n').Append(i + 1).Append(". ").Append(choices[i].Title);
                html.Append("<li>").Append(WebUtility.HtmlEncode(choices[i].Title)).Append("</li>");
            }

            html.Append("</ol>");
        }

        html.Append("</body></html>");
        return (text.ToString(), html.ToString(), choices);
    }

    // The bot's Markdown, as far as mail needs it: **bold**, [text](https://link), line breaks.
    private static string Html(string markdown)
    {
        var encoded = WebUtility.HtmlEncode(markdown);
        encoded = Bold().Replace(encoded, "<strong>$1</strong>");
        encoded = Link().Replace(encoded, m => $"<a href=\"{m.Groups[2].Value}\">{m.Groups[1].Value}</a>");
        return encoded.Replace("\n", "<br>", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"\[([^\]]+)\]\((https?://[^\s)""]+)\)")]
    private static partial Regex Link();
}
