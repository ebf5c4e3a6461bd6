namespace HandoffBot.Adapters.Email;

/// <summary>
/// How the channel's replies leave: <see cref="EmailSender"/> sends at once (trying a few times); a host with a durable
/// outbox records the composed mail and sends it later, so that an SMTP server that is down loses no reply.
/// </summary>
public interface IEmailDelivery
{
    /// <summary>Sends (or records for sending) one mail to the thread's customer and returns its Message-ID.</summary>
    Task<string> SendAsync(EmailThread thread, string? senderName, string text, string html, CancellationToken cancellationToken);
}
