using System.Net;
using HandoffBot.Agents;
using HandoffBot.Csat;
using HandoffBot.Tests.Agents;
using HandoffBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Tests.Teams;

/// <summary>
/// A case worked from Teams alone: accepted on its card, the customer's messages live in the card's thread, the agent's
/// thread replies at the customer with their name, commands in the thread (note, transfer, resolve), and the card
/// following what the console does. The serviceUrl listener plays both Teams and the customer's channel.
/// </summary>
public sealed class TeamsDeskThreadTests : AgentHubHost
{
    private const string BillingChannel = "19:billing-desk@thread.tacv2";
    private const string SecurityChannel = "19:security-desk@thread.tacv2";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["HandoffBot:Teams:AgentDesk:ServiceUrl"] = Listener.BaseAddress.ToString(),
        ["HandoffBot:Teams:AgentDesk:TenantId"] = TeamsClient.Tenant,
        ["HandoffBot:Teams:AgentDesk:Channels:billing"] = BillingChannel,
        ["HandoffBot:Teams:AgentDesk:Channels:security"] = SecurityChannel,
        ["HandoffBot:DirectLine:Secret"] = DirectLineClient.Secret,
    };

    [Fact]
    public async Task An_agent_works_a_whole_handoff_from_the_cards_thread_and_the_customer_gets_the_rating_question()
    {
        var customer = Customer("std-ben");
        var (handoffId, lee) = await PostedAndAcceptedAsync(customer, "I want my money back for last month");

        await customer.SendAsync("it was order 4417, charged twice");
        await Listener.WaitForMessageAsync(lee.ConversationId, "it was order 4417, charged twice");

        using (await lee.SendAsync("I see both charges, Ben. I'm refunding the second one now."))
        {
        }

        var reply = await Listener.WaitForMessageAsync(customer.ConversationId, "refunding the second one");
        Assert.Equal("Lee Chen", reply.Activity.From?.Name);

        using (await lee.SendAsync("/note refund 4417-B issued in Stripe"))
        {
        }

        using (await lee.SendAsync("/resolve refund-issued"))
        {
        }

        await Listener.WaitForMessageAsync(customer.ConversationId, CsatMessages.Question);
        await Listener.WaitForMessageAsync(lee.ConversationId, "Resolved (refund-issued)");
        var entry = await Host.Services.GetRequiredService<SqliteAgentHub>().GetAsync(handoffId, CancellationToken.None);
        Assert.Equal("completed", entry!.Status);
        var messages = await Host.Services.GetRequiredService<SqliteAgentHub>().GetMessagesAsync(handoffId, CancellationToken.None);
        Assert.Contains(messages, m => m.Sender == CaseMessage.Note && m.Text == "refund 4417-B issued in Stripe");
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == customer.ConversationId && r.Activity.Text?.Contains("4417-B", StringComparison.Ordinal) == true);
        var card = await Listener.WaitForAsync(r => r.Updated && r.ConversationId == lee.ConversationId && CardText(r).Contains("Resolved by **Lee Chen**", StringComparison.Ordinal));
        Assert.DoesNotContain("\"verb\": \"accept\"", CardText(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_web_chat_customer_is_answered_from_the_thread_with_the_agents_name_and_their_messages_appear_there()
    {
        var directLine = new DirectLineClient(Http);
        var (conversationId, token, _) = await directLine.StartAsync();
        var (posted, _) = await directLine.PostMessageAsync(conversationId, token, "I want my money back for last month", "c1");
        Assert.Equal(HttpStatusCode.OK, posted);
        var post = await Listener.WaitForCardAsync(Host, BillingChannel);
        var lee = Lee(post.ConversationId);
        using (await lee.SendAsync("/accept"))
        {
        }

        await directLine.PostMessageAsync(conversationId, token, "the second charge is on the 14th", "c2");
        await Listener.WaitForMessageAsync(lee.ConversationId, "the second charge is on the 14th");
        using (await lee.SendAsync("Thanks, I can see it. Refunding it now."))
        {
        }

        var reply = await Eventually.HoldsAsync(
            async () => (await directLine.GetActivitiesAsync(conversationId, token)).Activities.FirstOrDefault(a => a.Text?.Contains("Thanks, I can see it. Refunding it now.", StringComparison.Ordinal) == true),
            "the agent's thread reply in the web chat; the thread: " + string.Join(" | ", Listener.Received.Where(r => r.ConversationId == lee.ConversationId).Select(r => r.Activity.Text)),
            TimeSpan.FromSeconds(30));

        // Web Chat shows no sender names: the agent's name leads the text.
        Assert.Equal("Lee Chen", reply.From?.Name);
        Assert.StartsWith("**Lee Chen:**", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepting_in_teams_and_in_the_console_at_once_has_exactly_one_winner()
    {
        var customer = Customer("std-ben");
        var handoffId = await HandOffAsync(customer, "I want my money back for last month");
        var post = await Listener.WaitForCardAsync(Host, BillingChannel);
        var lee = Lee(post.ConversationId);
        await using var maya = await SignInAsync("maya", connect: false);
        var accept = new JObject { ["type"] = "Action.Execute", ["verb"] = "accept", ["data"] = new JObject { ["handoffId"] = handoffId } };

        var teams = lee.InvokeAsync(accept, "card");
        var console = maya.PostAsync($"api/agent/cases/{handoffId}/accept");
        using var teamsResponse = await teams;
        using var consoleResponse = await console;

        var entry = await Host.Services.GetRequiredService<SqliteAgentHub>().GetAsync(handoffId, CancellationToken.None);
        var winner = entry!.AgentId == "lee" ? "Lee Chen" : "Maya Ortiz";
        Assert.Equal(entry.AgentId == "maya" ? HttpStatusCode.OK : HttpStatusCode.Conflict, consoleResponse.StatusCode);
        Assert.Contains($"Taken by **{winner}**", await teamsResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Listener.WaitForMessageAsync(customer.ConversationId, $"{winner} has joined");
        await Listener.WaitForAsync(r => r.Updated && r.ConversationId == post.ConversationId && CardText(r).Contains($"Taken by **{winner}**", StringComparison.Ordinal));
        var joined = Listener.Received.Count(r => r.ConversationId == customer.ConversationId && r.Activity.Text?.Contains("has joined", StringComparison.Ordinal) == true);
        Assert.Equal(1, joined);
    }

    [Fact]
    public async Task Words_of_an_agent_who_does_not_hold_the_case_stay_in_the_thread()
    {
        var customer = Customer("std-ben");
        var handoffId = await HandOffAsync(customer, "you charged me twice this month, I want a refund");
        var post = await Listener.WaitForCardAsync(Host, BillingChannel);
        var lee = Lee(post.ConversationId);

        using (await lee.SendAsync("Ben, I'm on it"))
        {
        }

        await Listener.WaitForMessageAsync(lee.ConversationId, "you do not hold this case");
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == customer.ConversationId && r.Activity.Text == "Ben, I'm on it");
        var entry = await Host.Services.GetRequiredService<SqliteAgentHub>().GetAsync(handoffId, CancellationToken.None);
        Assert.NotEqual(QueuedCase.Accepted, entry!.Assignment);
    }

    [Fact]
    public async Task A_console_reply_and_accept_show_in_teams_and_a_transfer_posts_the_case_in_the_new_skills_channel()
    {
        var customer = Customer("std-ben");
        var handoffId = await HandOffAsync(customer, "I want my money back for last month");
        var post = await Listener.WaitForCardAsync(Host, BillingChannel);
        await using var lee = await SignInAsync("lee");

        using (var accepted = await lee.PostAsync($"api/agent/cases/{handoffId}/accept"))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        await Listener.WaitForAsync(r => r.Updated && r.ConversationId == post.ConversationId && CardText(r).Contains("Taken by **Lee Chen**", StringComparison.Ordinal));
        using (await lee.PostAsync($"api/agent/cases/{handoffId}/messages", new { text = "Looking at your invoices now." }))
        {
        }

        await Listener.WaitForMessageAsync(post.ConversationId, "**Lee Chen** (console): Looking at your invoices now.");
        using (var moved = await lee.PostAsync($"api/agent/cases/{handoffId}/transfer", new { skill = "security", note = "card may be stolen" }))
        {
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        }

        await Listener.WaitForAsync(r => r.Updated && r.ConversationId == post.ConversationId && CardText(r).Contains("Transferred to the **security** queue", StringComparison.Ordinal));
        var security = await Listener.WaitForCardAsync(Host, SecurityChannel);
        Assert.Contains("\"verb\": \"accept\"", CardText(security), StringComparison.Ordinal);
        await customer.SendAsync("hello? anyone there?");
        await Listener.WaitForMessageAsync(security.ConversationId, "hello? anyone there?");
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == post.ConversationId && r.Activity.Text?.Contains("anyone there", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_case_transferred_to_a_named_colleague_mentions_them_in_its_thread()
    {
        var customer = Customer("std-ben");
        var handoffId = await HandOffAsync(customer, "I want my money back for last month");
        var post = await Listener.WaitForCardAsync(Host, BillingChannel);
        await using var maya = await SignInAsync("maya", connect: false);
        using (await maya.PostAsync($"api/agent/cases/{handoffId}/accept"))
        {
        }

        using (var moved = await maya.PostAsync($"api/agent/cases/{handoffId}/transfer", new { agentId = "sam", note = "card fraud, your area" }))
        {
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        }

        var told = await Listener.WaitForMessageAsync(post.ConversationId, "this case was transferred to you");
        Assert.StartsWith("<at>Sam Okafor</at>", told.Activity.Text, StringComparison.Ordinal);
        var mention = Assert.Single(told.Activity.Entities, e => e.Type == "mention");
        Assert.Equal("sam@example.com", (string?)mention.Properties["mentioned"]?["id"]);
        await Listener.WaitForMessageAsync(post.ConversationId, "Private note from Maya Ortiz:** card fraud, your area");
    }

    [Fact]
    public async Task View_transcript_and_transfer_from_the_card_act_for_the_holder()
    {
        var customer = Customer("std-ben");
        var (handoffId, lee) = await PostedAndAcceptedAsync(customer, "I want my money back for last month");
        var card = Listener.Received.First(r => r.ConversationId == lee.ConversationId && r.Activity.Attachments?.Count > 0);
        var actions = (JArray)JObject.FromObject(card.Activity.Attachments[0].Content)["actions"]!;

        var transcript = actions.Single(a => (string?)a["verb"] == "transcript");
        using (var shown = await lee.InvokeAsync(new JObject { ["type"] = "Action.Execute", ["verb"] = "transcript", ["data"] = transcript["data"] }, "card"))
        {
            Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        }

        var lines = await Listener.WaitForMessageAsync(lee.ConversationId, "The conversation so far");
        Assert.Contains("I want my money back for last month", lines.Activity.Text, StringComparison.Ordinal);

        var form = (JObject)actions.Single(a => (string?)a["title"] == "Transfer")["card"]!;
        Assert.Contains(form["body"]![0]!["choices"]!, c => (string?)c["value"] == "security");
        var submit = form["actions"]![0]!;
        var data = (JObject)submit["data"]!.DeepClone();
        data["skill"] = "security";
        data["note"] = "looks like fraud";
        using (var moved = await lee.InvokeAsync(new JObject { ["type"] = "Action.Execute", ["verb"] = submit["verb"], ["data"] = data }, "card"))
        {
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        }

        var entry = await Host.Services.GetRequiredService<SqliteAgentHub>().GetAsync(handoffId, CancellationToken.None);
        Assert.Equal("security", entry!.Case.Skill);
        Assert.NotEqual(QueuedCase.Accepted, entry.Assignment);
        await Listener.WaitForCardAsync(Host, SecurityChannel);
    }

    private async Task<(string HandoffId, TeamsClient Agent)> PostedAndAcceptedAsync(EmulatorClient customer, string text)
    {
        var handoffId = await HandOffAsync(customer, text);
        var post = await Listener.WaitForCardAsync(Host, BillingChannel);
        var lee = Lee(post.ConversationId);
        using (var accepted = await lee.SendAsync("/accept"))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        await Listener.WaitForMessageAsync(customer.ConversationId, "Lee Chen has joined");
        return (handoffId, lee);
    }

    private TeamsClient Lee(string threadId)
    {
        Listener.Members["29:1lee"] = """{"id":"29:1lee","name":"Lee Chen","userPrincipalName":"lee@example.com"}""";
        return new TeamsClient(Http, Listener.BaseAddress, threadId, "channel") { UserId = "29:1lee", UserName = "Lee Chen", AadObjectId = "0b5e2d41-0000-4000-8000-00000000a1ee" };
    }

    private static string CardText(ReceivedActivity received) =>
        received.Activity.Attachments is { Count: > 0 } attachments ? JObject.FromObject(attachments[0].Content).ToString() : string.Empty;
}
