using HandoffBot.Adapters.Email;
using HandoffBot.Handoff;
using HandoffBot.Integrations;
using MailKit.Net.Smtp;
using MimeKit;

namespace HandoffBot.Email;

/// <summary>
/// Sends the email channel's recorded replies over SMTP for the outbox: a 5xx answer (mailbox unknown, message refused)
/// parks the mail for a supervisor; anything else that fails (4xx, connection, TLS) is tried again later.
/// </summary>
public sealed class EmailConnector(EmailSender sender) : IOutboxConnector
{
    public const string ConnectorName = "email";

    public string Name => ConnectorName;

    // Registered only when the channel is on.
    public bool Enabled => true;

    public Task<IReadOnlyList<OutboxRequest>> OnOpenedAsync(HandoffCase handoff, bool urgent, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OutboxRequest>>([]);

    public async Task<OutboxDelivery> DeliverAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        using var mime = new MemoryStream(Convert.FromBase64String(item.Payload));
        var message = await MimeMessage.LoadAsync(mime, cancellationToken);
        try
        {
            await sender.SendOnceAsync(message, cancellationToken);
            return OutboxDelivery.Delivered;
        }
        catch (SmtpCommandException ex) when ((int)ex.StatusCode >= 500)
        {
            return OutboxDelivery.Refused($"{(int)ex.StatusCode} {ex.Message}");
        }
        catch (SmtpCommandException ex)
        {
            return OutboxDelivery.Retry($"{(int)ex.StatusCode} {ex.Message}");
        }
    }
}
