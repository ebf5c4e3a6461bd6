using System.Net;
using HandoffBot.Agents;
using HandoffBot.Handoff;
using HandoffBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace HandoffBot.Tests.Agents;

public sealed class AgentRelayTests : AgentHubHost
{
    [Fact]
    public async Task Customer_and_agent_talk_through_the_hub_and_the_bot_takes_over_when_the_agent_resolves()
    {
        var maya = await SignInAsync("maya");
        var customer = Customer("std-ben");
        var handoff = await HandOffAsync(customer, "can I talk to a real person please");
        await customer.SendAsync("it's about invoice 10432, I was charged twice");
        await maya.WaitForAsync("customerMessage", p => p.GetProperty("text").GetString()!.Contains("10432", StringComparison.Ordinal));
        await maya.WaitForOfferAsync(handoff);
        Clock.Advance(TimeSpan.FromSeconds(30));

        using (var accepted = await maya.PostAsync($"api/agent/cases/{handoff}/accept"))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        await Listener.WaitForMessageAsync(customer.ConversationId, "Maya Ortiz has joined");
        await customer.SendAsync("thanks, are you a real person?");
        await maya.WaitForAsync("customerMessage", p => p.GetProperty("text").GetString() == "thanks, are you a real person?");

        Clock.Advance(TimeSpan.FromSeconds(15));
        using (var sent = await maya.PostAsync($"api/agent/cases/{handoff}/messages", new { text = "Yes! I can see the double charge on 10432; refunding it now." }))
        {
            Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        }

        var reply = await Listener.WaitForMessageAsync(customer.ConversationId, "refunding it now");
        Assert.Equal("Maya Ortiz", reply.Activity.From.Name);
        // While a person has the conversation the bot stays quiet: the customer's message got no bot answer.
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == customer.ConversationId
            && (r.Activity.Text?.Contains("added that to your case", StringComparison.Ordinal) ?? false) && r.Activity.Timestamp > reply.Activity.Timestamp);

        using (var resolved = await maya.PostAsync($"api/agent/cases/{handoff}/resolve", new { disposition = "refund-issued" }))
        {
            Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        }

        await Listener.WaitForMessageAsync(customer.ConversationId, HandoffMiddleware.BackWithBot);
        var view = await maya.GetJsonAsync($"api/agent/cases/{handoff}");
        Assert.Equal("completed", view.GetProperty("status").GetString());
        Assert.Equal(
            ["customer", "customer", "agent"],
            view.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("sender").GetString()));

        var metrics = await maya.GetJsonAsync("api/agent/metrics");
        Assert.Equal(1, metrics.GetProperty("handoffs").GetInt32());
        Assert.Equal(30, metrics.GetProperty("medianSecondsToAccept").GetDouble());
        Assert.Equal(45, metrics.GetProperty("medianSecondsToFirstHumanResponse").GetDouble());
    }

    [Fact]
    public async Task The_agent_sees_the_whole_context_of_a_case()
    {
        await using var lee = await SignInAsync("lee", connect: false);
        var handoff = await HandOffAsync(Customer("vip-elena"), "the sync keeps failing AGAIN!!! honestly we're looking at your competitors");

        var view = await lee.GetJsonAsync($"api/agent/cases/{handoff}");

        Assert.Equal("Elena Rossi (Rossi Wine Imports)", view.GetProperty("customer").GetProperty("name").GetString());
        Assert.Contains(view.GetProperty("triggers").EnumerateArray(), t => t.GetProperty("name").GetString() == "churn-risk" || t.GetProperty("evidence").GetString()!.Length > 0);
        Assert.Contains("competitors", view.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Contains(view.GetProperty("transcript").EnumerateArray(), l => l.GetProperty("role").GetString() == "customer"
            && l.GetProperty("text").GetString()!.Contains("sync keeps failing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_transfer_keeps_the_case_and_the_note_and_offers_it_to_the_other_team()
    {
        var (maya, sam, customer, handoff) = await AcceptedByMayaAsync();

        using (var transferred = await maya.PostAsync($"api/agent/cases/{handoff}/transfer", new { skill = "technical", note = "Sync errors since Monday; billing is fine." }))
        {
            Assert.Equal(HttpStatusCode.OK, transferred.StatusCode);
        }

        await sam.WaitForOfferAsync(handoff);
        await Listener.WaitForMessageAsync(customer.ConversationId, "bringing in a colleague from our technical team");
        var view = await sam.GetJsonAsync($"api/agent/cases/{handoff}");
        Assert.Equal("technical", view.GetProperty("case").GetProperty("skill").GetString());
        Assert.Contains(view.GetProperty("messages").EnumerateArray(), m => m.GetProperty("sender").GetString() == "note"
            && m.GetProperty("text").GetString() == "Sync errors since Monday; billing is fine."
            && m.GetProperty("agentName").GetString() == "Maya Ortiz");
        Assert.Contains(view.GetProperty("transcript").EnumerateArray(), l => l.GetProperty("text").GetString() == "can I talk to a real person please");
    }

    [Fact]
    public async Task A_transfer_to_a_named_colleague_introduces_them_by_name()
    {
        var (maya, _, customer, handoff) = await AcceptedByMayaAsync();

        using (var transferred = await maya.PostAsync($"api/agent/cases/{handoff}/transfer", new { skill = "technical", agentId = "sam" }))
        {
            Assert.Equal(HttpStatusCode.OK, transferred.StatusCode);
        }

        await Listener.WaitForMessageAsync(customer.ConversationId, "I'm bringing in my colleague Sam Okafor.");
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == customer.ConversationId && (r.Activity.Text?.Contains("from Sam", StringComparison.Ordinal) ?? false));
    }

    [Fact]
    public async Task Queue_assignment_and_relay_survive_a_restart_in_the_middle_of_a_handoff()
    {
        var maya = await SignInAsync("maya");
        var customer = Customer("std-ben");
        var held = await HandOffAsync(customer, "can I talk to a real person please");
        await maya.WaitForOfferAsync(held);
        (await maya.PostAsync($"api/agent/cases/{held}/accept")).Dispose();
        await Listener.WaitForMessageAsync(customer.ConversationId, "has joined");
        var waiting = await HandOffAsync(Customer("ent-henrik"), "someone hacked my account, there are logins from another country");

        await RestartAsync();
        customer = Customer(customer.User.Id, customer.ConversationId);

        var sam = await SignInAsync("sam");
        maya = await SignInAsync("maya");
        await sam.WaitUntilAsync(async () => (await sam.GetJsonAsync("api/agent/cases/mine")).EnumerateArray()
            .Any(c => c.GetProperty("handoffId").GetString() == waiting && c.GetProperty("offeredTo").GetString() == "sam"));
        var mine = await maya.GetJsonAsync("api/agent/cases/mine");
        Assert.Equal(held, Assert.Single(mine.EnumerateArray()).GetProperty("handoffId").GetString());
        await customer.SendAsync("hello? still there?");
        await maya.WaitForAsync("customerMessage", p => p.GetProperty("text").GetString() == "hello? still there?");
        (await maya.PostAsync($"api/agent/cases/{held}/messages", new { text = "Still here, sorry for the wait." })).Dispose();
        var reply = await Listener.WaitForMessageAsync(customer.ConversationId, "Still here");
        Assert.Equal("Maya Ortiz", reply.Activity.From.Name);
    }

    [Fact]
    public async Task An_agent_who_does_not_hold_a_case_cannot_write_to_its_customer()
    {
        var maya = await SignInAsync("maya");
        var sam = await SignInAsync("sam", connect: false);
        var handoff = await HandOffAsync(Customer("std-ben"), "can I talk to a real person please");
        await maya.WaitForOfferAsync(handoff);

        using var response = await sam.PostAsync($"api/agent/cases/{handoff}/messages", new { text = "hi" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task A_csat_rating_recorded_by_the_bot_shows_in_the_metrics_by_path()
    {
        await using var lee = await SignInAsync("lee", connect: false);
        var handoff = await HandOffAsync(Customer("std-ben"), "can I talk to a real person please");

        await Host.Services.GetRequiredService<HandoffEventLog>().RecordAsync(handoff, HandoffEventKind.Csat, null, new { rating = 4 }, CancellationToken.None);

        var metrics = await lee.GetJsonAsync("api/agent/metrics");
        var path = Assert.Single(metrics.GetProperty("csatByPath").EnumerateArray());
        Assert.Equal("human-request", path.GetProperty("path").GetString());
        Assert.Equal(4, path.GetProperty("average").GetDouble());
    }

    /// <summary>Maya (billing) and Sam (technical) on duty; a customer's case offered to Maya and accepted.</summary>
    private async Task<(AgentClient Maya, AgentClient Sam, EmulatorClient Customer, string Handoff)> AcceptedByMayaAsync()
    {
        var maya = await SignInAsync("maya");
        var sam = await SignInAsync("sam");
        var customer = Customer("std-ben");
        var handoff = await HandOffAsync(customer, "can I talk to a real person please");
        await maya.WaitForOfferAsync(handoff);
        (await maya.PostAsync($"api/agent/cases/{handoff}/accept")).Dispose();
        return (maya, sam, customer, handoff);
    }
}
