using System.Net;
using System.Text;
using System.Text.Json;
using HandoffBot.Tests.Agents;
using HandoffBot.Tests.TestSupport;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace HandoffBot.Tests.Integrations;

/// <summary>
/// A handoff through /api/messages creates one Freshdesk ticket (a loopback stub checking the Tickets API v2's
/// documented shape and auth); the agent's reply becomes a private note and resolving adds a note and sets Resolved.
/// </summary>
public sealed class FreshdeskTests : AgentHubHost
{
    private const string ApiKey = "fd-api-key";

    private readonly WireMockServer _freshdesk = WireMockServer.Start();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["HandoffBot:Integrations:Freshdesk:BaseUrl"] = _freshdesk.Url,
        ["HandoffBot:Integrations:Freshdesk:ApiKey"] = ApiKey,
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _freshdesk.Stop();
        _freshdesk.Dispose();
    }

    [Fact]
    public async Task A_handoff_creates_a_ticket_a_reply_adds_a_private_note_and_resolving_resolves_it()
    {
        _freshdesk.Given(Request.Create().WithPath("/api/v2/tickets").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody("""{"id":88,"status":2}"""));
        _freshdesk.Given(Request.Create().WithPath("/api/v2/tickets/88/notes").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody("""{"id":1}"""));
        _freshdesk.Given(Request.Create().WithPath("/api/v2/tickets/88").UsingPut())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"id":88,"status":4}"""));
        var customer = Customer("std-ben");
        await customer.SendAsync("how do I reset my password?");
        await Listener.WaitForMessageAsync(customer.ConversationId, "Source:");
        var handoffId = await HandOffAsync(customer, "I want my money back for last month");

        var create = await RequestAsync("POST", "/api/v2/tickets");
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ApiKey}:X")), Header(create, "Authorization"));
        var ticket = JsonDocument.Parse(create.Body!).RootElement;
        Assert.Equal("ben.carter@carterhale.example.com", ticket.GetProperty("email").GetString());
        Assert.StartsWith("refund-demand (billing)", ticket.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, ticket.GetProperty("status").GetInt32());
        Assert.InRange(ticket.GetProperty("priority").GetInt32(), 1, 4);
        Assert.Contains("trigger_refund-demand", ticket.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        var description = ticket.GetProperty("description").GetString()!;
        Assert.Contains("<br>", description, StringComparison.Ordinal);
        Assert.Contains("Customer: how do I reset my password?", description, StringComparison.Ordinal);
        Assert.Contains("&quot;I want my money back for last month&quot;", description, StringComparison.Ordinal);

        await using var maya = await SignInAsync("maya", connect: false);
        var view = await Eventually.HoldsAsync(
            async () => (await maya.GetJsonAsync($"api/agent/cases/{handoffId}")) is var v && v.GetProperty("tickets").GetArrayLength() > 0 ? v.ToString() : null,
            "the ticket on the case");
        Assert.Equal($"{_freshdesk.Url}/a/tickets/88", JsonDocument.Parse(view).RootElement.GetProperty("tickets")[0].GetProperty("link").GetString());

        (await maya.PostAsync($"api/agent/cases/{handoffId}/accept")).Dispose();
        (await maya.PostAsync($"api/agent/cases/{handoffId}/messages", new { text = "Refunded <b>the second</b> charge." })).Dispose();
        var note = JsonDocument.Parse((await RequestAsync("POST", "/api/v2/tickets/88/notes")).Body!).RootElement;
        Assert.True(note.GetProperty("private").GetBoolean());
        Assert.Contains("Refunded &lt;b&gt;the second&lt;/b&gt; charge.", note.GetProperty("body").GetString(), StringComparison.Ordinal);

        using (var resolved = await maya.PostAsync($"api/agent/cases/{handoffId}/resolve", new { disposition = "refund-issued" }))
        {
            Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        }

        var status = await RequestAsync("PUT", "/api/v2/tickets/88");
        Assert.Equal(4, JsonDocument.Parse(status.Body!).RootElement.GetProperty("status").GetInt32());
        Assert.Contains("refund-issued", (await RequestAsync("POST", "/api/v2/tickets/88/notes", 2)).Body, StringComparison.Ordinal);
        Assert.Single(_freshdesk.LogEntries, e => e.RequestMessage?.Path == "/api/v2/tickets");
    }

    private async Task<IRequestMessage> RequestAsync(string method, string path, int nth = 1)
    {
        var entry = await Eventually.HoldsAsync(
            () => Task.FromResult(_freshdesk.LogEntries.Where(e => e.RequestMessage?.Method == method && e.RequestMessage.Path == path).Skip(nth - 1).FirstOrDefault()),
            $"{method} {path} #{nth}");
        return entry.RequestMessage!;
    }

    private static string? Header(IRequestMessage request, string name) =>
        request.Headers is { } headers && headers.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;
}
