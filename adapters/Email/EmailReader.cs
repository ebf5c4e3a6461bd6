using MimeKit;
using MimeKit.Utils;

namespace HandoffBot.Adapters.Email;

/// <summary>Reads a mail the way the bot needs it: threading headers, sender, the new text only, attachments listed.</summary>
public static class EmailReader
{
    public static InboundEmail Read(MimeMessage message, string ownAddress)
    {
        ArgumentNullException.ThrowIfNull(message);
        var from = message.From.Mailboxes.FirstOrDefault();
        var body = message.TextBody is { Length: > 0 } text ? text
            : message.HtmlBody is { Length: > 0 } html ? EmailHtml.ToText(html)
            : string.Empty;
        var attachments = message.Attachments.OfType<MimePart>()
            .Select(part => new EmailAttachment(part.FileName ?? part.ContentType.Name ?? "attachment", part.ContentType.MimeType, DecodedLength(part)))
            .ToList();

        return new InboundEmail(
            // A mail without a Message-ID still needs one to be threaded and remembered.
            string.IsNullOrWhiteSpace(message.MessageId) ? MimeUtils.GenerateMessageId() : message.MessageId,
            string.IsNullOrWhiteSpace(message.InReplyTo) ? null : message.InReplyTo,
            [.. message.References],
            from?.Address ?? string.Empty,
            string.IsNullOrWhiteSpace(from?.Name) ? null : from.Name,
            message.Subject ?? string.Empty,
            EmailText.NewText(body),
            attachments,
            MachineMail.Reason(message, ownAddress));
    }

    private static long DecodedLength(MimePart part)
    {
        if (part.Content is null)
        {
            return 0;
        }

        using var counter = new MemoryStream();
        part.Content.DecodeTo(counter);
        return counter.Length;
    }
}
