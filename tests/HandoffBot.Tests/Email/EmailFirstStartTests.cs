using MailKit;

namespace HandoffBot.Tests.Email;

/// <summary>Connecting a mailbox that already holds read mail: the bot answers what is new, not the mailbox's history.</summary>
public sealed class EmailFirstStartTests
{
    [Fact]
    public async Task Mail_already_read_before_the_first_start_is_not_answered()
    {
        using var mailbox = new DovecotServer();
        using var smtp = new SmtpSink();
        using var folder = new TempDirectory();
        var old = EmailChannelTests.Mail("old-customer@example.org", "Last year", "How do I export my data?");
        await mailbox.DeliverAsync(old, MessageFlags.Seen);

        using var bot = BotHost.Start(folder.File("bot.db"), EmailChannelFixture.SettingsFor(mailbox, smtp));
        var fresh = EmailChannelTests.Mail("new-customer@example.org", "Today", "How do I export my data?");
        await mailbox.DeliverAsync(fresh);

        await smtp.WaitForAsync(m => m.InReplyTo == fresh.MessageId);
        Assert.DoesNotContain(smtp.Received, m => m.InReplyTo == old.MessageId);
    }
}
