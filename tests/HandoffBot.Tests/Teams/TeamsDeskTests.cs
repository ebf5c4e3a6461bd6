using System.Net;
using System.Net.Http.Json;
using HandoffBot.Agents;
using HandoffBot.Tests.Agents;
using Microsoft.Extensions.DependencyInjection;
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

        var post = await Listener.WaitForCardAsync(Host, BillingChannel);
        Assert.Equal(TeamsClient.Tenant, (string?)JObject.FromObject(post.Activity.ChannelData)["tenant"]?["id"]);
        var card = Assert.Single(post.Activity.Attachments);
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
        var content = JObject.FromObject(card.Content).ToString();
        Assert.Contains("Ben Carter", content, StringComparison.Ordinal);
        Assert.Contains("billing", content, StringComparison.Ordinal);
        Assert.Contains("refund", content, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"https://support.example.com/agent/#case/{handoffId}", content, StringComparison.Ordinal);
        Assert.Contains("Waiting since {{TIME(2026-12-01T15:00:00Z)}}, {{DATE(2026-12-01T15:00:00Z, SHORT)}}", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_on_the_card_takes_the_case_for_the_mapped_agent_exactly_once_and_the_card_says_who()
    {
        Listener.Members["29:1lee"] = """{"id":"29:1lee","name":"Lee Chen","email":"lee@example.com","userPrincipalName":"lee@example.com"}""";
        Listener.Members["29:1stranger"] = """{"id":"29:1stranger","name":"Pat Doe","userPrincipalName":"pat@contoso.example"}""";
        var handoffId = await HandOffAsync(Customer("std-ben"), "I want my money back for last month");
        var post = await Listener.WaitForCardAsync(Host, BillingChannel);
        var accept = ((JArray)JObject.FromObject(post.Activity.Attachments[0].Content)["actions"]!).Single(a => (string?)a["verb"] == "accept");
        var action = new JObject { ["type"] = "Action.Execute", ["verb"] = accept["verb"], ["data"] = accept["data"] };

        var stranger = new TeamsClient(Http, Listener.BaseAddress, post.ConversationId, "channel") { UserId = "29:1stranger", UserName = "Pat Doe" };
        using (var refused = await stranger.InvokeAsync(action, "desk-card"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var lee = new TeamsClient(Http, Listener.BaseAddress, post.ConversationId, "channel") { UserId = "29:1lee", UserName = "Lee Chen" };
        using var pressed = await lee.InvokeAsync(action, "desk-card");

        Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
        Assert.Contains("Taken by **Lee Chen**", await pressed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var entry = await Host.Services.GetRequiredService<SqliteAgentHub>().GetAsync(handoffId, CancellationToken.None);
        Assert.Equal("lee", entry!.AgentId);
        var update = await Listener.WaitForAsync(r => r.Updated && r.ConversationId == post.ConversationId);
        Assert.DoesNotContain("\"verb\": \"accept\"", JObject.FromObject(update.Activity.Attachments[0].Content).ToString(), StringComparison.Ordinal);
        await using var maya = await SignInAsync("maya");
        using var late = await maya.PostAsync($"api/agent/cases/{handoffId}/accept");
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }

    [Fact]
    public async Task An_agent_mapped_by_their_entra_object_id_accepts_whatever_their_sign_in_name()
    {
        // Maya's account carries her Entra object id (bot/SampleData/agents.json); her Teams UPN is not her account's email.
        Listener.Members["29:1maya"] = """{"id":"29:1maya","name":"Maya Ortiz","userPrincipalName":"m.ortiz@contoso.example"}""";
        var handoffId = await HandOffAsync(Customer("std-ben"), "I want my money back for last month");
        var post = await Listener.WaitForCardAsync(Host, BillingChannel);
        var maya = new TeamsClient(Http, Listener.BaseAddress, post.ConversationId, "channel")
        {
            UserId = "29:1maya", UserName = "Maya Ortiz", AadObjectId = "3f2b8c1d-7e4a-4c9b-9d2e-5a6b7c8d9e0f",
        };

        using (await maya.SendAsync("/accept"))
        {
        }

        var taken = await Listener.WaitForAsync(r => r.Updated && r.ConversationId == post.ConversationId);
        Assert.Contains("Taken by **Maya Ortiz**", JObject.FromObject(taken.Activity.Attachments[0].Content).ToString(), StringComparison.Ordinal);
        var entry = await Host.Services.GetRequiredService<SqliteAgentHub>().GetAsync(handoffId, CancellationToken.None);
        Assert.Equal("maya", entry!.AgentId);
    }

    [Fact]
    public async Task An_agent_account_whose_teams_user_id_is_not_an_object_id_stops_the_start_naming_it()
    {
        using var folder = new TempDirectory();
        var seed = folder.File("agents.json");
        await File.WriteAllTextAsync(seed, """[{"id":"kim","name":"Kim Ra","role":"agent","skills":["billing"],"teamsUserId":"kim@contoso.example"}]""");

        var error = Assert.ThrowsAny<Exception>(() => BotHost.Start(folder.File("bot.db"), new Dictionary<string, string?> { ["HandoffBot:Agents:SeedPath"] = seed }).Dispose());

        Assert.Contains("teamsUserId 'kim@contoso.example' is not a Microsoft Entra object id", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_urgent_handoff_mentions_the_skills_agents_and_a_normal_one_nobody()
    {
        await HandOffAsync(Customer("std-ben"), "I want my money back for last month");
        var normal = await Listener.WaitForCardAsync(Host, BillingChannel);
        Assert.Null(JObject.FromObject(normal.Activity.Attachments[0].Content)["msteams"]);

        var handoffId = await HandOffAsync(Customer("vip-elena"), "I want my money back for last month");
        var urgent = await Listener.WaitForAsync(r => r.ConversationId.StartsWith(BillingChannel + ";messageid=", StringComparison.Ordinal)
            && JObject.FromObject(r.Activity.Attachments[0].Content).ToString().Contains(handoffId, StringComparison.Ordinal));

        var card = JObject.FromObject(urgent.Activity.Attachments[0].Content);
        var mentioned = card["msteams"]?["entities"]?.Select(e => (string?)e["mentioned"]?["id"]).ToList();
        Assert.NotNull(mentioned);

        // Nobody is signed in to the console: every billing agent known to Teams, by Entra object id or by UPN.
        Assert.Equal(["3f2b8c1d-7e4a-4c9b-9d2e-5a6b7c8d9e0f", "lee@example.com"], mentioned.Order());
        Assert.Contains("<at>Maya Ortiz</at>", card.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_offer_not_taken_in_time_shows_on_the_card_with_who_let_it_pass()
    {
        var maya = await SignInAsync("maya");
        await SignInAsync("lee");
        var handoffId = await HandOffAsync(Customer("std-ben"), "I want my money back for last month");
        var post = await Listener.WaitForCardAsync(Host, BillingChannel);
        await maya.WaitForOfferAsync(handoffId);

        // Posted already offered, or updated when the offer came: either way the channel sees it.
        await Listener.WaitForAsync(r => r.ConversationId == post.ConversationId && r.Activity.Attachments?.Count > 0
            && JObject.FromObject(r.Activity.Attachments[0].Content).ToString().Contains("Offered to **Maya Ortiz**", StringComparison.Ordinal));

        Clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        using (var nudge = await maya.Http.PutAsJsonAsync("api/agent/presence", new { presence = "available" }))
        {
            nudge.EnsureSuccessStatusCode();
        }

        await Listener.WaitForAsync(r => r.Updated && r.ConversationId == post.ConversationId
            && JObject.FromObject(r.Activity.Attachments[0].Content).ToString().Contains("not taken in time by Maya Ortiz", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Mentioning_the_bot_in_an_agents_desk_channel_opens_no_customer_conversation_and_shows_the_desk_help()
    {
        var desk = new TeamsClient(Http, Listener.BaseAddress, BillingChannel + ";messageid=1700000000001", "channel");
        using (await desk.SendAsync("how do I export my data?", mention: true))
        {
        }

        var customer = new TeamsClient(Http, Listener.BaseAddress, "19:customers@thread.tacv2;messageid=1700000000002", "channel");
        using (await customer.SendAsync("how do I export my data?", mention: true))
        {
        }

        await Listener.WaitForMessageAsync(customer.ConversationId, "Source:");
        var help = await Listener.WaitForMessageAsync(desk.ConversationId, "Cases are worked in the thread");
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == desk.ConversationId && r.Activity.Text?.Contains("Source:", StringComparison.Ordinal) == true);
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
