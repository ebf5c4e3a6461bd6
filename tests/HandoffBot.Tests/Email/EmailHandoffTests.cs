using System.Net;
using HandoffBot.Agents;
using HandoffBot.Csat;
using HandoffBot.Tests.Agents;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace HandoffBot.Tests.Email;

/// <summary>
/// A handoff that starts by email and is worked in the agent console: the customer is told a person will reply by
/// mail, the agent's replies arrive threaded under the agent's name, and the rating question after resolve is
/// answered with a number.
/// </summary>
public sealed class EmailHandoffTests : AgentHubHost
{
    // A customer the CRM knows by this address (bot/SampleData/customers.json).
    private const string Ben = "ben.carter@carterhale.example.com";

    private DovecotServer _mailbox = null!;
    private SmtpSink _smtp = null!;

    protected override IReadOnlyDictionary<string, string?> Settings => EmailChannelFixture.SettingsFor(_mailbox, _smtp);

    public override async Task InitializeAsync()
    {
        _mailbox = new DovecotServer();
        _smtp = new SmtpSink();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _smtp.Dispose();
        _mailbox.Dispose();
    }

    [Fact]
    public async Task A_request_for_a_person_by_email_is_worked_in_the_console_and_the_rating_comes_back_by_number()
    {
        await using var lee = await SignInAsync("lee");
        var request = EmailChannelTests.Mail(Ben, "Billing question", "I'd like to speak to a person about my invoice, please.\n\nBest regards,\nBen Carter");
        var body = new Multipart("mixed")
        {
            request.Body!,
            new MimePart("application", "pdf") { FileName = "invoice-10432.pdf", Content = new MimeContent(new MemoryStream(new byte[2048])), ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) },
        };
        request.Body = body;
        await _mailbox.DeliverAsync(request);

        var transition = await _smtp.WaitForAsync(m => m.InReplyTo == request.MessageId);
        Assert.Contains("will reply to this email", transition.TextBody, StringComparison.Ordinal);
        var offer = await lee.WaitForAsync("caseOffered");
        var handoffId = offer.GetProperty("handoffId").GetString()!;

        var queued = await Host.Services.GetRequiredService<SqliteAgentHub>().GetAsync(handoffId, CancellationToken.None);
        Assert.Equal("std-ben", (string?)queued!.Case.Customer?["id"]);

        // The file stays in the mailbox; the agent sees that it came, and what it is.
        var view = await lee.GetJsonAsync($"api/agent/cases/{handoffId}");
        var first = view.GetProperty("transcript").EnumerateArray().First(l => l.GetProperty("role").GetString() == "customer");
        Assert.Contains("[attachment: invoice-10432.pdf (2 KB), application/pdf]", first.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Best regards", first.GetProperty("text").GetString(), StringComparison.Ordinal);

        using (var accepted = await lee.PostAsync($"api/agent/cases/{handoffId}/accept"))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        using (await lee.PostAsync($"api/agent/cases/{handoffId}/messages", new { text = "Hi Ben, I'm looking at your invoice now." }))
        {
        }

        var agentMail = await _smtp.WaitForAsync(m => m.TextBody?.Contains("looking at your invoice", StringComparison.Ordinal) == true);
        var from = agentMail.From.Mailboxes.Single();
        Assert.Equal(EmailChannelFixture.Support, from.Address);
        Assert.Contains("Lee Chen", from.Name, StringComparison.Ordinal);
        Assert.Equal("Re: Billing question", agentMail.Subject);
        Assert.Equal(request.MessageId, agentMail.InReplyTo);

        var answer = EmailChannelTests.Reply(agentMail, Ben, "Thanks, it's invoice 10432.\n\nOn Mon, Dec 7, 2026 Lee Chen (Tasklane Support) <support@example.com> wrote:\n> Hi Ben");
        await _mailbox.DeliverAsync(answer);
        await lee.WaitForAsync("customerMessage", m => m.ToString().Contains("invoice 10432", StringComparison.Ordinal));

        using (await lee.PostAsync($"api/agent/cases/{handoffId}/resolve", new { disposition = "answered" }))
        {
        }

        var question = await _smtp.WaitForAsync(m => m.TextBody?.Contains("how would you rate", StringComparison.Ordinal) == true);
        Assert.Contains("5. ", question.TextBody, StringComparison.Ordinal);
        await _mailbox.DeliverAsync(EmailChannelTests.Reply(question, Ben, "5"));

        await _smtp.WaitForAsync(m => m.TextBody?.Contains("5 out of 5", StringComparison.Ordinal) == true);
        var stored = Assert.Single(await Host.Services.GetRequiredService<SqliteCsatStore>().ListAsync(handoffId, CancellationToken.None));
        Assert.Equal(5, stored.Rating);
    }
}
