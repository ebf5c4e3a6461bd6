using System.Net;
using System.Text;
using System.Text.Json;
using HandoffBot.Agents;
using HandoffBot.FollowUps;
using HandoffBot.Integrations;
using HandoffBot.Tests.Agents;
using HandoffBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace HandoffBot.Tests.Integrations;

/// <summary>
/// A handoff through /api/messages creates one Zendesk ticket with the whole context (a loopback stub checking the
/// Tickets API's documented shape and auth); the agent's reply becomes a private comment and resolving solves it.
/// </summary>
public sealed class ZendeskTests : AgentHubHost
{
    private const string Email = "bot@support.example.com";
    private const string Token = "zd-api-token";

    private readonly WireMockServer _zendesk = WireMockServer.Start();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["HandoffBot:Integrations:Zendesk:BaseUrl"] = _zendesk.Url,
        ["HandoffBot:Integrations:Zendesk:Email"] = Email,
        ["HandoffBot:Integrations:Zendesk:ApiToken"] = Token,
        ["HandoffBot:Integrations:ConsoleUrl"] = "https://support.example.com/agent/",
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _zendesk.Stop();
        _zendesk.Dispose();
    }

    [Fact]
    public async Task A_handoff_creates_a_ticket_with_the_transcript_a_reply_comments_and_resolving_solves_it()
    {
        _zendesk.Given(Request.Create().WithPath("/api/v2/tickets.json").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody("""{"ticket":{"id":4711,"status":"new"}}"""));
        _zendesk.Given(Request.Create().WithPath("/api/v2/tickets/4711.json").UsingPut())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"ticket":{"id":4711}}"""));
        var customer = Customer("std-ben");
        await customer.SendAsync("how do I reset my password?");
        await Listener.WaitForMessageAsync(customer.ConversationId, "Source:");
        var handoffId = await HandOffAsync(customer, "I want my money back for last month");

        var create = await RequestAsync(HttpMethod.Post, "/api/v2/tickets.json");
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Email}/token:{Token}")), Header(create, "Authorization"));
        Assert.Equal($"zendesk:create:{handoffId}", Header(create, "Idempotency-Key"));
        var ticket = JsonDocument.Parse(create.Body!).RootElement.GetProperty("ticket");
        Assert.StartsWith("refund-demand (billing): Ben Carter", ticket.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Equal("ben.carter@carterhale.example.com", ticket.GetProperty("requester").GetProperty("email").GetString());
        Assert.Equal(handoffId, ticket.GetProperty("external_id").GetString());
        Assert.Contains("skill_billing", ticket.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        var first = ticket.GetProperty("comment");
        Assert.False(first.GetProperty("public").GetBoolean());
        var body = first.GetProperty("body").GetString()!;
        Assert.Contains("Why: refund-demand", body, StringComparison.Ordinal);
        Assert.Contains("I want my money back for last month", body, StringComparison.Ordinal);
        Assert.Contains("Customer: how do I reset my password?", body, StringComparison.Ordinal);
        Assert.Contains($"https://support.example.com/agent/#case={handoffId}", body, StringComparison.Ordinal);

        // The console shows the ticket with its link.
        await using var maya = await SignInAsync("maya", connect: false);
        var view = await Eventually.HoldsAsync(
            async () => (await maya.GetJsonAsync($"api/agent/cases/{handoffId}")) is var v && v.GetProperty("tickets").GetArrayLength() > 0 ? v.ToString() : null,
            "the ticket on the case");
        var shown = JsonDocument.Parse(view).RootElement.GetProperty("tickets")[0];
        Assert.Equal("4711", shown.GetProperty("ticketId").GetString());
        Assert.Equal($"{_zendesk.Url}/agent/tickets/4711", shown.GetProperty("link").GetString());

        (await maya.PostAsync($"api/agent/cases/{handoffId}/accept")).Dispose();
        (await maya.PostAsync($"api/agent/cases/{handoffId}/messages", new { text = "Refunded the second charge." })).Dispose();
        var comment = await RequestAsync(HttpMethod.Put, "/api/v2/tickets/4711.json");
        var update = JsonDocument.Parse(comment.Body!).RootElement.GetProperty("ticket");
        Assert.Contains("Refunded the second charge.", update.GetProperty("comment").GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.False(update.GetProperty("comment").GetProperty("public").GetBoolean());
        Assert.False(update.TryGetProperty("status", out _));

        using (var resolved = await maya.PostAsync($"api/agent/cases/{handoffId}/resolve", new { disposition = "refund-issued" }))
        {
            Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        }

        var solve = await RequestAsync(HttpMethod.Put, "/api/v2/tickets/4711.json", 2);
        Assert.Equal("solved", JsonDocument.Parse(solve.Body!).RootElement.GetProperty("ticket").GetProperty("status").GetString());
        Assert.Single(_zendesk.LogEntries, e => e.RequestMessage?.Method == "POST");
    }

    [Fact]
    public async Task A_case_nobody_took_in_time_gets_a_comment_saying_how_the_team_follows_up()
    {
        _zendesk.Given(Request.Create().WithPath("/api/v2/tickets.json").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody("""{"ticket":{"id":5150}}"""));
        _zendesk.Given(Request.Create().WithPath("/api/v2/tickets/5150.json").UsingPut()).RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));
        var handoffId = await HandOffAsync(Customer("std-ben"), "I want my money back for last month");
        await RequestAsync(HttpMethod.Post, "/api/v2/tickets.json");
        var entry = await Host.Services.GetRequiredService<SqliteAgentHub>().GetAsync(handoffId, CancellationToken.None);

        var followUp = await Host.Services.GetRequiredService<CaseFollowUps>().ConvertAsync(
            entry!.Case.Conversation.ChannelId, entry.Case.Conversation.Conversation.Id, handoffId, "customer-left", CancellationToken.None);

        var comment = JsonDocument.Parse((await RequestAsync(HttpMethod.Put, "/api/v2/tickets/5150.json")).Body!).RootElement.GetProperty("ticket");
        var text = comment.GetProperty("comment").GetProperty("body").GetString();
        Assert.Contains($"follow-up ticket {followUp!.Id}", text, StringComparison.Ordinal);
        Assert.Contains("by email to ben.carter@carterhale.example.com", text, StringComparison.Ordinal);
        Assert.False(comment.TryGetProperty("status", out _));
    }

    [Fact]
    public async Task A_refused_create_holds_back_the_cases_comments_until_a_supervisor_retries_it()
    {
        _zendesk.Given(Request.Create().WithPath("/api/v2/tickets.json").UsingPost()).InScenario("token").WillSetStateTo("refused")
            .RespondWith(Response.Create().WithStatusCode(401).WithBody("""{"error":"Couldn't authenticate you"}"""));
        _zendesk.Given(Request.Create().WithPath("/api/v2/tickets.json").UsingPost()).InScenario("token").WhenStateIs("refused")
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody("""{"ticket":{"id":6001}}"""));
        _zendesk.Given(Request.Create().WithPath("/api/v2/tickets/6001.json").UsingPut()).RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));
        var handoffId = await HandOffAsync(Customer("std-ben"), "I want my money back for last month");
        var outbox = Host.Services.GetRequiredService<SqliteOutbox>();
        var parked = await Eventually.HoldsAsync(
            async () => (await outbox.ListAsync(OutboxStatus.Parked, 10, CancellationToken.None)).FirstOrDefault(), "the parked create");
        Assert.StartsWith("401", parked.LastError, StringComparison.Ordinal);

        await using var maya = await SignInAsync("maya", connect: false);
        (await maya.PostAsync($"api/agent/cases/{handoffId}/accept")).Dispose();
        (await maya.PostAsync($"api/agent/cases/{handoffId}/messages", new { text = "Looking at it now." })).Dispose();
        var held = await Eventually.HoldsAsync(
            async () => (await outbox.ListAsync(OutboxStatus.Pending, 10, CancellationToken.None)).FirstOrDefault(), "the held comment");
        Assert.Equal(0, held.Attempts);
        Assert.DoesNotContain(_zendesk.LogEntries, e => e.RequestMessage?.Method == "PUT");

        await using var lee = await SignInAsync("lee", connect: false);
        (await lee.PostAsync($"api/integrations/outbox/{parked.Id}/retry")).Dispose();

        var comment = await RequestAsync(HttpMethod.Put, "/api/v2/tickets/6001.json");
        Assert.Contains("Looking at it now.", comment.Body, StringComparison.Ordinal);
    }

    /// <summary>The <paramref name="nth"/> request of a method to a path, once it has arrived.</summary>
    private async Task<IRequestMessage> RequestAsync(HttpMethod method, string path, int nth = 1)
    {
        var entry = await Eventually.HoldsAsync(
            () => Task.FromResult(_zendesk.LogEntries.Where(e => e.RequestMessage?.Method == method.Method && e.RequestMessage.Path == path).Skip(nth - 1).FirstOrDefault()),
            $"{method} {path} #{nth}");
        return entry.RequestMessage!;
    }

    private static string? Header(IRequestMessage request, string name) =>
        request.Headers is { } headers && headers.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;
}
