using System.Text;
using Microsoft.Bot.Schema;

namespace HandoffBot.Agents;

/// <summary>
/// A customer message as an agent reads it: its text, then the files that came with it and stayed on the channel
/// (an email's attachments are listed by name, type and size, never dropped silently).
/// </summary>
public static class ListedAttachments
{
    public static string? TextOf(IMessageActivity? message)
    {
        var listed = message?.Attachments?.Where(a => a.Content is null && a.ContentUrl is null && !string.IsNullOrEmpty(a.Name)).ToList();
        if (listed is not { Count: > 0 })
        {
            return message?.Text;
        }

        var text = new StringBuilder(message!.Text ?? string.Empty);
        foreach (var attachment in listed)
        {
            text.Append(text.Length == 0 ? string.Empty : "\n").Append("[attachment: ").Append(attachment.Name).Append(", ").Append(attachment.ContentType).Append(']');
        }

        return text.ToString();
    }
}
