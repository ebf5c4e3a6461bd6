using System.Net;

namespace HandoffBot.Tests.Agents;

/// <summary>
/// Least privilege in the hub: a case's customer words and details reach only agents of its skill, its holder, whoever
/// it is offered to, and supervisors, live (SignalR) and through the REST API.
/// </summary>
public sealed class CaseAccessTests : AgentHubHost
{
    [Fact]
    public async Task An_agent_without_the_skill_neither_hears_nor_reads_nor_takes_a_case_until_it_is_transferred_to_them()
    {
        await using var maya = await SignInAsync("maya");
        await using var sam = await SignInAsync("sam");
        await using var lee = await SignInAsync("lee");
        var customer = Customer("std-ben");
        var handoffId = await HandOffAsync(customer, "I want my money back for last month");
        await customer.SendAsync("it is invoice 10432");

        bool Invoice(System.Text.Json.JsonElement m) => m.GetProperty("text").GetString() == "it is invoice 10432";
        await maya.WaitForAsync("customerMessage", Invoice);
        await lee.WaitForAsync("customerMessage", Invoice);
        using (var read = await sam.Http.GetAsync($"api/agent/cases/{handoffId}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        }

        using (var take = await sam.PostAsync($"api/agent/cases/{handoffId}/accept"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, take.StatusCode);
        }

        Assert.DoesNotContain(await sam.QueueAsync(), c => c.GetProperty("handoffId").GetString() == handoffId);
        Assert.Contains(await maya.QueueAsync(), c => c.GetProperty("handoffId").GetString() == handoffId);

        using (var accepted = await maya.PostAsync($"api/agent/cases/{handoffId}/accept"))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        // Pushes to one connection keep their order: had Sam been sent the invoice message, it would be here by now.
        await sam.WaitForAsync("queueChanged", c => c.GetProperty("change").GetString() == "accepted" && c.GetProperty("handoffId").GetString() == handoffId);
        Assert.DoesNotContain(sam.Received, r => r.Name == "customerMessage");

        using (var moved = await maya.PostAsync($"api/agent/cases/{handoffId}/transfer", new { agentId = "sam", note = "card fraud, your area" }))
        {
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        }

        await customer.SendAsync("hello?");
        await sam.WaitForAsync("customerMessage", m => m.GetProperty("text").GetString() == "hello?");
        var view = await sam.GetJsonAsync($"api/agent/cases/{handoffId}");
        Assert.Equal(handoffId, view.GetProperty("case").GetProperty("handoffId").GetString());
        using var takenOver = await sam.PostAsync($"api/agent/cases/{handoffId}/accept");
        Assert.Equal(HttpStatusCode.OK, takenOver.StatusCode);
    }
}
