using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;

namespace HandoffBot.Adapters.Email;

/// <summary>
/// Sends the bot's and the agents' replies over SMTP, in the customer's thread (In-Reply-To, References, "Re:"),
/// from the support address: the bot's name is the channel's display name, an agent's mail carries the agent's name.
/// </summary>
public sealed partial class EmailSender(IOptions<EmailOptions> options, ILogger<EmailSender> logger) : IEmailDelivery
{
    private const int Attempts = 3;

    /// <summary>Sends one mail to the thread's customer and returns its Message-ID.</summary>
    public async Task<string> SendAsync(EmailThread thread, string? senderName, string text, string html, CancellationToken cancellationToken)
    {
        var message = Compose(thread, senderName, text, html);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await SendOnceAsync(message, cancellationToken).ConfigureAwait(false);
                return message.MessageId!;
            }
            catch (Exception ex) when (attempt < Attempts && ex is IOException or SmtpCommandException or SmtpProtocolException or System.Net.Sockets.SocketException)
            {
                LogRetry(logger, ex, thread.ConversationId, attempt);
                await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The reply as it goes out: from the support address, to the customer, in their thread, with a fresh Message-ID.</summary>
    public MimeMessage Compose(EmailThread thread, string? senderName, string text, string html)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var settings = options.Value;
        var address = settings.Address!;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(senderName is null ? settings.DisplayName : $"{senderName} ({settings.DisplayName})", address));
        message.To.Add(new MailboxAddress(thread.CustomerName, thread.CustomerAddress));
        message.Subject = EmailSubject.Reply(thread.Subject);
        message.MessageId = MimeUtils.GenerateMessageId(address.Split('@')[1]);
        if (thread.LastMessageId is { } inReplyTo)
        {
            message.InReplyTo = inReplyTo;
        }

        foreach (var reference in thread.References)
        {
            message.References.Add(reference);
        }

        // A reply from a machine: auto-responders must not answer it (RFC 3834).
        message.Headers.Add(HeaderId.AutoSubmitted, "auto-replied");
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        return message;
    }

    /// <summary>One attempt over SMTP; throws what MailKit throws (an <see cref="SmtpCommandException"/> carries the server's code).</summary>
    public async Task SendOnceAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.SmtpHost!, settings.EffectiveSmtpPort, Socket(settings.Security), cancellationToken).ConfigureAwait(false);
        if (client.Capabilities.HasFlag(SmtpCapabilities.Authentication))
        {
            await client.AuthenticateAsync(settings.UserName!, settings.Password!, cancellationToken).ConfigureAwait(false);
        }

        await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        await client.DisconnectAsync(true, cancellationToken).ConfigureAwait(false);
    }

    internal static SecureSocketOptions Socket(EmailSecurity security) => security switch
    {
        EmailSecurity.None => SecureSocketOptions.None,
        EmailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending mail in {ConversationId} failed (attempt {Attempt}); trying again")]
    private static partial void LogRetry(ILogger logger, Exception exception, string conversationId, int attempt);
}
