using HandoffBot.Tests.Agents;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Tests.Teams;

/// <summary>
/// The Teams agent desk: each new handoff is posted to its skill's channel in the agents' team as an Adaptive Card,
/// through Teams' create-conversation call (the serviceUrl listener plays Teams).
/// </summary>
public sealed class TeamsDeskTests : AgentHubHost
{
    private const string BillingChannel = "19:billing-desk@thread.tacv2";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["HandoffBot:Teams:AgentDesk:ServiceUrl"] = Listener.BaseAddress.ToString(),
        ["HandoffBot:Teams:AgentDesk:TenantId"] = TeamsClient.Tenant,
        ["HandoffBot:Teams:AgentDesk:Channels:billing"] = BillingChannel,
        ["HandoffBot:Teams:AgentDesk:ConsoleUrl"] = "https://support.example.com/agent/",
    };

    [Fact]
    public async Task A_new_handoff_is_posted_to_its_skills_channel_with_the_case_and_a_link_to_it()
    {
        var customer = Customer("std-ben");
        var handoffId = await HandOffAsync(customer, "you charged me twice this month, I want a refund");

        var post = await Listener.WaitForAsync(r => r.ConversationId.StartsWith(BillingChannel + ";messageid=", StringComparison.Ordinal));
        Assert.Equal(TeamsClient.Tenant, (string?)JObject.FromObject(post.Activity.ChannelData)["tenant"]?["id"]);
        var card = Assert.Single(post.Activity.Attachments);
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
        var content = JObject.FromObject(card.Content).ToString();
        Assert.Contains("Ben Carter", content, StringComparison.Ordinal);
        Assert.Contains("billing", content, StringComparison.Ordinal);
        Assert.Contains("refund", content, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"https://support.example.com/agent/#case/{handoffId}", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mentioning_the_bot_in_an_agents_desk_channel_opens_no_customer_conversation()
    {
        var desk = new TeamsClient(Http, Listener.BaseAddress, BillingChannel + ";messageid=1700000000001", "channel");
        using (await desk.SendAsync("how do I export my data?", mention: true))
        {
        }

        var customer = new TeamsClient(Http, Listener.BaseAddress, "19:customers@thread.tacv2;messageid=1700000000002", "channel");
        using (await customer.SendAsync("how do I export my data?", mention: true))
        {
        }

        // Answered in the customers' channel, so the desk message had its turn before: it was not one.
        await Listener.WaitForMessageAsync(customer.ConversationId, "Source:");
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == desk.ConversationId);
    }

    [Fact]
    public async Task A_skill_without_a_channel_posts_nothing()
    {
        var customer = Customer("std-ben");
        await HandOffAsync(customer, "someone hacked my account and changed the password");
        var billing = Customer("std-ben");
        await HandOffAsync(billing, "I want my money back for last month");

        // The billing post proves the notifier ran after the security case, which had no channel to go to.
        await Listener.WaitForAsync(r => r.ConversationId.StartsWith(BillingChannel, StringComparison.Ordinal));
        Assert.Single(Listener.Received, r => r.ConversationId.Contains(";messageid=", StringComparison.Ordinal) && r.ConversationId.StartsWith("19:", StringComparison.Ordinal));
    }
}
