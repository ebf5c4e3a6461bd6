using System.Net;
using HandoffBot.Tests.Agents;
using HandoffBot.Tests.TestSupport;

namespace HandoffBot.Tests.FollowUps;

/// <summary>The follow-up API is for signed-in agents only.</summary>
public sealed class FollowUpEndpointsTests : LiveBot
{
    [Theory]
    [InlineData("GET", "api/agent/followups")]
    [InlineData("GET", "api/agent/followups/FU-0001")]
    [InlineData("POST", "api/agent/followups/FU-0001/close")]
    public async Task Anonymous_callers_get_401_not_a_redirect(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_agent_finds_the_ticket_of_a_customer_who_left_reads_it_and_closes_it()
    {
        var customer = NewConversation();
        await customer.SendAsync("I want to talk to a real person");
        var handoffId = await Listener.WaitForHandoffIdAsync(customer);
        var left = customer.ConversationUpdate();
        left.MembersAdded = null;
        left.MembersRemoved = [customer.User];
        (await customer.PostAsync(left)).EnsureSuccessStatusCode().Dispose();
        await using var lee = await AgentClient.SignInAsync(Host.BaseAddress, "lee", connect: false);

        var open = (await lee.GetJsonAsync("api/agent/followups?status=open")).EnumerateArray().ToList();
        var ticket = Assert.Single(open);
        Assert.Equal(handoffId, ticket.GetProperty("handoffId").GetString());
        var id = ticket.GetProperty("id").GetString()!;
        Assert.Equal("open", (await lee.GetJsonAsync($"api/agent/followups/{id}")).GetProperty("status").GetString());

        using (var closed = await lee.PostAsync($"api/agent/followups/{id}/close"))
        {
            Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        }

        Assert.Empty((await lee.GetJsonAsync("api/agent/followups?status=open")).EnumerateArray());
        using var missing = await lee.Http.GetAsync("api/agent/followups/FU-9999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
