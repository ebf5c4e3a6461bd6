using HandoffBot.Integrations;
using HandoffBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace HandoffBot.Tests.Email;

/// <summary>
/// The bot's replies leave through the outbox: an SMTP server that says "try later" gets the reply again after the
/// backoff (once), one that refuses it for good parks it where a supervisor sees it; the reply is never lost.
/// </summary>
public sealed class EmailOutboxTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly DovecotServer _mailbox = new();
    private readonly SmtpSink _smtp = new();
    private readonly BotHost _bot;

    public EmailOutboxTests()
    {
        var settings = new Dictionary<string, string?>(EmailChannelFixture.SettingsFor(_mailbox, _smtp))
        {
            ["HandoffBot:Integrations:Outbox:FirstRetryDelay"] = "00:00:01",
        };
        _bot = BotHost.Start(_folder.File("bot.db"), settings);
    }

    public void Dispose()
    {
        _bot.Dispose();
        _smtp.Dispose();
        _mailbox.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_reply_the_smtp_server_defers_is_sent_again_after_the_backoff_and_arrives_once()
    {
        _smtp.Refuse(1, 451);
        var question = EmailChannelTests.Mail($"customer-{Guid.NewGuid():n}@example.org", "Exporting", "How do I export my data?");
        await _mailbox.DeliverAsync(question);

        var answer = await _smtp.WaitForAsync(m => m.InReplyTo == question.MessageId, TimeSpan.FromSeconds(60));

        Assert.Contains("Export", answer.TextBody, StringComparison.Ordinal);
        // The server has the mail a moment before the outbox marks it delivered.
        var sent = await Eventually.HoldsAsync(
            async () => (await Outbox.ListAsync(OutboxStatus.Delivered, 10, CancellationToken.None)).SingleOrDefault(), "the delivered reply");
        Assert.Equal(("email", 2), (sent.Connector, sent.Attempts));
        Assert.Equal($"email:{answer.MessageId}", sent.IdempotencyKey);
        await Task.Delay(500);
        Assert.Single(_smtp.Received, m => m.InReplyTo == question.MessageId);
    }

    [Fact]
    public async Task A_reply_the_smtp_server_refuses_for_good_is_parked_not_lost()
    {
        _smtp.Refuse(1, 550);
        var question = EmailChannelTests.Mail($"customer-{Guid.NewGuid():n}@example.org", "Exporting", "How do I export my data?");
        await _mailbox.DeliverAsync(question);

        var parked = await Eventually.HoldsAsync(
            async () => (await Outbox.ListAsync(OutboxStatus.Parked, 10, CancellationToken.None)).FirstOrDefault(),
            "the parked reply",
            TimeSpan.FromSeconds(60));

        Assert.Equal("email", parked.Connector);
        Assert.StartsWith("550", parked.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(_smtp.Received, m => m.InReplyTo == question.MessageId);

        // A supervisor's retry (after fixing whatever was wrong) sends it.
        Assert.True(await Outbox.ReleaseAsync(parked.Id, CancellationToken.None));
        _bot.Services.GetRequiredService<OutboxWorker>().Nudge();
        await _smtp.WaitForAsync(m => m.InReplyTo == question.MessageId, TimeSpan.FromSeconds(60));
    }

    private SqliteOutbox Outbox => _bot.Services.GetRequiredService<SqliteOutbox>();
}
