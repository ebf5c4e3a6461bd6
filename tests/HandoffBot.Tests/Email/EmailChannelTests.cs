using MimeKit;

namespace HandoffBot.Tests.Email;

/// <summary>The email channel against real servers: customer mail placed in Dovecot, the bot's replies read from SMTP.</summary>
public sealed class EmailChannelTests(EmailChannelFixture channel) : IClassFixture<EmailChannelFixture>
{
    [Fact]
    public async Task A_question_gets_one_threaded_reply_with_the_answer_and_a_reply_in_the_thread_continues_the_conversation()
    {
        var customer = NewCustomer();
        var question = Mail(customer, "Exporting", "How do I export my data?\n\nThanks,\nAnn\n");
        await channel.Mailbox.DeliverAsync(question);

        var answer = await channel.Smtp.WaitForAsync(m => m.InReplyTo == question.MessageId);
        Assert.Equal(customer, answer.To.Mailboxes.Single().Address);
        Assert.Equal("Re: Exporting", answer.Subject);
        Assert.Equal(EmailChannelFixture.Support, answer.From.Mailboxes.Single().Address);
        Assert.Contains(question.MessageId, answer.References);
        Assert.Contains("Export", answer.TextBody, StringComparison.Ordinal);
        Assert.Contains("Did that help?", answer.TextBody, StringComparison.Ordinal);
        Assert.Contains("1. Yes", answer.TextBody, StringComparison.Ordinal);
        Assert.Contains("<p>", answer.HtmlBody, StringComparison.Ordinal);
        Assert.Single(channel.Smtp.Received, m => m.InReplyTo == question.MessageId);

        var reply = Reply(answer, customer, "2\n\nOn Mon, Dec 7, 2026 at 9:14 AM Tasklane Support <support@example.com> wrote:\n> Did that help?\n");
        await channel.Mailbox.DeliverAsync(reply);

        var next = await channel.Smtp.WaitForAsync(m => m.InReplyTo == reply.MessageId);
        Assert.Contains("Sorry that didn't help", next.TextBody, StringComparison.Ordinal);
        Assert.Equal("Re: Exporting", next.Subject);
        Assert.Contains(question.MessageId, next.References);
    }

    [Fact]
    public async Task An_html_only_mail_is_read()
    {
        var customer = NewCustomer();
        var question = new MimeMessage();
        question.From.Add(MailboxAddress.Parse(customer));
        question.To.Add(MailboxAddress.Parse(EmailChannelFixture.Support));
        question.Subject = "Password";
        question.Body = new TextPart("html") { Text = "<html><body><p>How do I <b>reset my password</b>?</p></body></html>" };
        await channel.Mailbox.DeliverAsync(question);

        var answer = await channel.Smtp.WaitForAsync(m => m.InReplyTo == question.MessageId);
        Assert.Contains("Forgot password", answer.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Auto_replies_and_bounces_are_not_answered()
    {
        var autoReply = Mail(NewCustomer(), "Out of office", "I am away until Monday.");
        autoReply.Headers.Add(HeaderId.AutoSubmitted, "auto-replied");
        var bounce = Mail("MAILER-DAEMON@mx.example.net", "Undelivered Mail Returned to Sender", "This is the mail system. Your message could not be delivered.");
        var person = Mail(NewCustomer(), "Invoices", "Where can I download my invoices?");
        await channel.Mailbox.DeliverAsync(autoReply);
        await channel.Mailbox.DeliverAsync(bounce);
        await channel.Mailbox.DeliverAsync(person);

        // The mail after them was answered, so they were read before it.
        await channel.Smtp.WaitForAsync(m => m.InReplyTo == person.MessageId);
        Assert.DoesNotContain(channel.Smtp.Received, m => m.InReplyTo == autoReply.MessageId || m.InReplyTo == bounce.MessageId);
    }

    private static string NewCustomer() => $"customer-{Guid.NewGuid():n}@example.org";

    internal static MimeMessage Mail(string from, string subject, string text)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(EmailChannelFixture.Support));
        message.Subject = subject;
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("example.org");
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }

    internal static MimeMessage Reply(MimeMessage to, string from, string text)
    {
        var reply = Mail(from, "Re: " + to.Subject, text);
        reply.InReplyTo = to.MessageId;
        foreach (var reference in to.References)
        {
            reply.References.Add(reference);
        }

        reply.References.Add(to.MessageId!);
        return reply;
    }
}
