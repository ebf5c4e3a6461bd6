using HandoffBot.Adapters.Email;
using MimeKit;

namespace HandoffBot.Adapters.Tests.Email;

public sealed class MachineMailTests
{
    private const string Support = "support@example.com";

    [Theory]
    [InlineData("Auto-Submitted", "auto-replied")]
    [InlineData("Precedence", "bulk")]
    [InlineData("List-Id", "<news.example.com>")]
    [InlineData("X-Autoreply", "yes")]
    public void Auto_replies_and_list_mail_are_never_answered(string header, string value)
    {
        var message = Mail("ann@example.com");
        message.Headers.Add(header, value);

        Assert.NotNull(MachineMail.Reason(message, Support));
    }

    [Theory]
    [InlineData("MAILER-DAEMON@mx.example.net")]
    [InlineData("postmaster@example.org")]
    [InlineData("support@example.com")]
    public void Mail_from_the_mail_system_or_the_support_address_itself_is_never_answered(string from) =>
        Assert.NotNull(MachineMail.Reason(Mail(from), Support));

    [Fact]
    public void A_delivery_status_report_is_a_bounce()
    {
        var message = Mail("ann@example.com");
        var report = new MultipartReport("delivery-status") { new TextPart("plain") { Text = "Delivery failed" }, new MessageDeliveryStatus() };
        message.Body = report;

        Assert.Contains("bounce", MachineMail.Reason(message, Support), StringComparison.Ordinal);
    }

    [Fact]
    public void Mail_without_a_sender_address_is_recorded_not_answered()
    {
        var message = Mail("ann@example.com");
        message.From.Clear();

        Assert.Equal("no sender address", MachineMail.Reason(message, Support));
    }

    [Fact]
    public void A_person_writing_with_auto_submitted_no_is_answered()
    {
        var message = Mail("ann@example.com");
        message.Headers.Add("Auto-Submitted", "no");

        Assert.Null(MachineMail.Reason(message, Support));
    }

    private static MimeMessage Mail(string from)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(Support));
        message.Subject = "Hello";
        message.Body = new TextPart("plain") { Text = "Hello" };
        return message;
    }
}
