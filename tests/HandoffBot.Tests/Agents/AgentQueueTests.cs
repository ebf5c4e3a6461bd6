using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HandoffBot.Tests.Agents;

public sealed class AgentQueueTests : AgentHubHost
{
    [Fact]
    public async Task A_frustrated_churn_risk_vip_is_served_before_an_earlier_trial_user_who_prefers_a_human()
    {
        var trial = await HandOffAsync(Customer("trial-ana"), "I'd prefer to speak with a human");
        Clock.Advance(TimeSpan.FromMinutes(3));
        var vip = await HandOffAsync(Customer("vip-elena"), "the sync keeps failing AGAIN!!! honestly we're looking at your competitors");

        await using var lee = await SignInAsync("lee", connect: false);
        var queue = await lee.QueueAsync();

        Assert.Equal([vip, trial], queue.Select(c => c.GetProperty("handoffId").GetString()));
        Assert.Equal("vip", queue[0].GetProperty("tier").GetString());
        Assert.True(queue[0].GetProperty("priority").GetInt32() > queue[1].GetProperty("priority").GetInt32());
        // The trial case has aged while it waited, but not enough to pass a VIP about to leave.
        Assert.True(queue[1].GetProperty("priority").GetInt32() > queue[1].GetProperty("basePriority").GetInt32());
    }

    [Fact]
    public async Task Cases_are_offered_to_an_agent_with_the_skill_specialists_first()
    {
        var maya = await SignInAsync("maya");
        var sam = await SignInAsync("sam");
        var lee = await SignInAsync("lee");

        var account = await HandOffAsync(Customer("std-ben"), "can I talk to a real person please");
        var security = await HandOffAsync(Customer("ent-henrik"), "someone hacked my account, there are logins from another country");

        await maya.WaitForOfferAsync(account);
        await sam.WaitForOfferAsync(security);
        var queue = await lee.QueueAsync();
        Assert.Equal("maya", queue.Single(c => c.GetProperty("handoffId").GetString() == account).GetProperty("offeredTo").GetString());
        Assert.Equal("sam", queue.Single(c => c.GetProperty("handoffId").GetString() == security).GetProperty("offeredTo").GetString());
        Assert.DoesNotContain(lee.Received, r => r.Name == "caseOffered");
    }

    [Fact]
    public async Task Before_the_teams_hours_a_signed_in_agent_with_the_skill_means_the_customer_is_told_a_person_is_coming()
    {
        // Wednesday 07:00 in New York: an hour before the billing team opens, and Maya (billing) is already at her desk.
        Clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));
        var maya = await SignInAsync("maya");
        var customer = Customer("std-ben");

        var handoffId = await HandOffAsync(customer, "you charged me twice, I want my money back");

        await maya.WaitForOfferAsync(handoffId);
        await Listener.WaitForMessageAsync(customer.ConversationId, "bringing in someone");
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == customer.ConversationId
            && (r.Activity.Text?.Contains("away right now", StringComparison.Ordinal) ?? false));
    }

    [Fact]
    public async Task An_offer_not_accepted_in_time_goes_to_the_next_agent_with_more_priority_a_supervisor_is_told_and_the_customer_hears_the_new_wait()
    {
        var maya = await SignInAsync("maya");
        var lee = await SignInAsync("lee");
        var customer = Customer("std-ben");
        var handoff = await HandOffAsync(customer, "can I talk to a real person please");
        var offer = await maya.WaitForOfferAsync(handoff);

        Clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        await Presence(maya, "available");

        await lee.WaitForOfferAsync(handoff);
        var alert = await lee.WaitForAsync("urgentAlert", p => p.GetProperty("handoffId").GetString() == handoff);
        Assert.Contains("maya", alert.GetProperty("message").GetString(), StringComparison.Ordinal);
        await Listener.WaitForMessageAsync(customer.ConversationId, "Thanks for waiting");
        var queued = (await lee.QueueAsync()).Single(c => c.GetProperty("handoffId").GetString() == handoff);
        Assert.Equal("lee", queued.GetProperty("offeredTo").GetString());
        Assert.True(queued.GetProperty("priority").GetInt32() >= offer.GetProperty("priority").GetInt32() + 10);
    }

    [Fact]
    public async Task When_two_agents_accept_the_same_case_exactly_one_gets_it()
    {
        var maya = await SignInAsync("maya");
        var lee = await SignInAsync("lee");
        var handoff = await HandOffAsync(Customer("std-ben"), "can I talk to a real person please");
        await maya.WaitForOfferAsync(handoff);

        var responses = await Task.WhenAll(
            maya.PostAsync($"api/agent/cases/{handoff}/accept"),
            lee.PostAsync($"api/agent/cases/{handoff}/accept"));

        Assert.True(
            responses.Select(r => r.StatusCode).Order().SequenceEqual([HttpStatusCode.OK, HttpStatusCode.Conflict]),
            string.Join(" | ", await Task.WhenAll(responses.Select(async r => $"{r.StatusCode} {await r.Content.ReadAsStringAsync()}"))));
        var loser = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal("application/problem+json", loser.Content.Headers.ContentType?.MediaType);
        var winner = responses[0].StatusCode == HttpStatusCode.OK ? "maya" : "lee";
        var mine = await (winner == "maya" ? maya : lee).GetJsonAsync("api/agent/cases/mine");
        Assert.Equal(handoff, Assert.Single(mine.EnumerateArray()).GetProperty("handoffId").GetString());
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Theory]
    [InlineData("GET", "api/agent/queue")]
    [InlineData("GET", "api/agent/me")]
    [InlineData("GET", "api/agent/metrics")]
    [InlineData("POST", "api/agent/cases/ho_1/accept")]
    [InlineData("POST", "hubs/agent/negotiate?negotiateVersion=1")]
    public async Task Anonymous_calls_to_the_agent_api_and_hub_are_refused(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_agent_api_is_described_in_the_openapi_document()
    {
        var document = await Http.GetFromJsonAsync<JsonElement>("openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/agent/signin", paths);
        Assert.Contains("/api/agent/queue", paths);
        Assert.Contains("/api/agent/cases/{id}/accept", paths);
        Assert.Contains("/api/agent/metrics", paths);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_problem_and_no_cookie()
    {
        using var response = await Http.PostAsJsonAsync("api/agent/signin", new { agentId = "maya", password = "guess" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Unknown agent or wrong password.", problem.GetProperty("detail").GetString());
    }

    private static async Task Presence(AgentClient agent, string presence)
    {
        using var response = await agent.Http.PutAsJsonAsync("api/agent/presence", new { presence });
        response.EnsureSuccessStatusCode();
    }
}
