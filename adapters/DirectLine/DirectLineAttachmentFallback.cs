using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Adapters.DirectLine;

/// <summary>
/// Keeps a bot message readable in Web Chat when it carries an attachment Web Chat cannot draw (a channel-specific
/// card with no URL, say): that attachment is dropped and its words (title, text, fallback text) go into the text.
/// Cards, media and files Web Chat renders pass through untouched.
/// </summary>
internal static class DirectLineAttachmentFallback
{
    public const string Notice = "This message has content that can't be shown in this chat.";

    public static void Apply(Activity activity)
    {
        if (activity.Attachments is not { Count: > 0 } attachments)
        {
            return;
        }

        var unsupported = attachments.Where(a => !CanRender(a)).ToList();
        if (unsupported.Count == 0)
        {
            return;
        }

        var words = unsupported.Select(Describe).Where(w => w.Length > 0).ToList();
        var fallback = words.Count > 0 ? string.Join("\n\n", words) : Notice;
        activity.Text = string.IsNullOrWhiteSpace(activity.Text) ? fallback : activity.Text + "\n\n" + fallback;
        activity.Attachments = [.. attachments.Except(unsupported)];
    }

    private static bool CanRender(Attachment attachment) =>
        !string.IsNullOrEmpty(attachment.ContentUrl)
        || attachment.ContentType is { } type
            && (type.StartsWith("application/vnd.microsoft.card.", StringComparison.OrdinalIgnoreCase)
                || type.StartsWith("text/", StringComparison.OrdinalIgnoreCase));

    private static string Describe(Attachment attachment)
    {
        var content = attachment.Content is JObject json ? json : attachment.Content is null ? null : JObject.FromObject(attachment.Content);
        var parts = new[] { "fallbackText", "title", "subtitle", "text", "summary" }
            .Select(name => content?[name]?.Type == JTokenType.String ? (string?)content[name] : null)
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (parts.Count == 0 && !string.IsNullOrWhiteSpace(attachment.Name))
        {
            parts.Add(attachment.Name);
        }

        return string.Join("\n\n", parts!);
    }
}
