using HandoffBot.Adapters.Email;
using HandoffBot.Integrations;
using MimeKit;

namespace HandoffBot.Email;

/// <summary>
/// The channel's replies go through the integrations' outbox: composed (so the thread knows the Message-ID at once) and
/// recorded as MIME, then sent by the outbox worker; an SMTP server that is down delays a reply, never loses it.
/// </summary>
public sealed class OutboxEmailDelivery(EmailSender composer, IntegrationEvents integrations) : IEmailDelivery
{
    public async Task<string> SendAsync(EmailThread thread, string? senderName, string text, string html, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var message = composer.Compose(thread, senderName, text, html);
        using var mime = new MemoryStream();
        await message.WriteToAsync(FormatOptions.Default, mime, cancellationToken);

        // Keyed by the conversation, so that a conversation's mails leave in the order they were written.
        await integrations.RecordAsync(
            new OutboxRequest(EmailConnector.ConnectorName, "send", thread.ConversationId, $"email:{message.MessageId}", Convert.ToBase64String(mime.ToArray())),
            cancellationToken);
        return message.MessageId!;
    }
}
