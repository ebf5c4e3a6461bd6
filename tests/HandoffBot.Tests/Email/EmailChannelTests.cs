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
    public async Task A_reply_that_lost_its_headers_joins_the_thread_by_sender_and_subject()
    {
        var customer = NewCustomer();
        var question = Mail(customer, "Data export", "How do I export my data?");
        await channel.Mailbox.DeliverAsync(question);
        await channel.Smtp.WaitForAsync(m => m.InReplyTo == question.MessageId);

        var reply = Mail(customer, "RE: data  EXPORT", "No");
        await channel.Mailbox.DeliverAsync(reply);

        var next = await channel.Smtp.WaitForAsync(m => m.InReplyTo == reply.MessageId);
        Assert.Contains(question.MessageId, next.References);
        Assert.Contains("Sorry that didn't help", next.TextBody, StringComparison.Ordinal);
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

    [Fact]
    public async Task Quoted_history_and_a_signature_do_not_reach_the_bot()
    {
        var customer = NewCustomer();
        var question = Mail(customer, "Invoices", "Where can I download my invoices?\n\n-- \nAnn Fischer\nIf you need me urgently: I want to speak to a person\n\n"
            + "On Fri, Dec 4, 2026 at 5:02 PM Tasklane Support <support@example.com> wrote:\n> I want to cancel my account and talk to your lawyer");
        await channel.Mailbox.DeliverAsync(question);

        var answer = await channel.Smtp.WaitForAsync(m => m.InReplyTo == question.MessageId);
        Assert.Contains("Did that help?", answer.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("someone from our support team", answer.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mail_that_arrives_while_the_bot_is_stopped_is_answered_once_after_the_restart_and_nothing_earlier_again()
    {
        var customer = NewCustomer();
        var before = Mail(customer, "Password", "How do I reset my password?");
        await channel.Mailbox.DeliverAsync(before);
        await channel.Smtp.WaitForAsync(m => m.InReplyTo == before.MessageId);

        channel.Stop();
        var during = Mail(NewCustomer(), "Export", "How do I export my data?");
        await channel.Mailbox.DeliverAsync(during);
        channel.Start();

        await channel.Smtp.WaitForAsync(m => m.InReplyTo == during.MessageId);
        var after = Mail(NewCustomer(), "Invoices", "Where can I download my invoices?");
        await channel.Mailbox.DeliverAsync(after);
        await channel.Smtp.WaitForAsync(m => m.InReplyTo == after.MessageId);
        Assert.Single(channel.Smtp.Received, m => m.InReplyTo == before.MessageId);
        Assert.Single(channel.Smtp.Received, m => m.InReplyTo == during.MessageId);
        Assert.Equal(0, await channel.Mailbox.UnseenAsync());
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
