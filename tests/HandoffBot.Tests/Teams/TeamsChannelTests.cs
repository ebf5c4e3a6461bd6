using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HandoffBot.Agents;
using HandoffBot.Csat;
using HandoffBot.Dialogs.Root;
using HandoffBot.Tests.Agents;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Tests.Teams;

/// <summary>
/// Customers in Microsoft Teams, through the real <c>/api/messages</c> endpoint with Teams-shaped activities and the
/// serviceUrl listener playing the Teams service (replies, card updates and the member lookup).
/// </summary>
public sealed class TeamsChannelTests : AgentHubHost
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Listener.Members["29:1ben-carter"] = """
            {"id":"29:1ben-carter","name":"Ben Carter","aadObjectId":"6b1c0b2e-0000-4000-8000-00000000b3e1",
             "email":"ben.carter@carterhale.example.com","userPrincipalName":"ben.carter@carterhale.example.com","tenantId":"72f988bf-0000-4000-8000-2d7cd011db47"}
            """;
    }

    [Fact]
    public async Task A_personal_chat_is_answered_handed_to_an_agent_named_in_bold_and_rated_from_a_card_that_then_updates()
    {
        await using var lee = await SignInAsync("lee");
        var ben = TeamsClient.Personal(Http, Listener.BaseAddress);
        using (await ben.SendAsync("how do I export my data?"))
        {
        }

        await Listener.WaitForMessageAsync(ben.ConversationId, "Source:");
        using (await ben.SendAsync("I want to talk to a person"))
        {
        }

        await Listener.WaitForMessageAsync(ben.ConversationId, "bringing in someone from our support team");
        var handoffId = (await lee.WaitForAsync("caseOffered")).GetProperty("handoffId").GetString()!;
        var queued = await Host.Services.GetRequiredService<SqliteAgentHub>().GetAsync(handoffId, CancellationToken.None);
        Assert.Equal("std-ben", (string?)queued!.Case.Customer?["id"]);
        Assert.Equal("Microsoft Teams personal chat", (string?)queued.Case.Page?["title"]);
        Assert.Equal(TeamsClient.Tenant, (string?)queued.Case.Page?["tenantId"]);

        using (await lee.PostAsync($"api/agent/cases/{handoffId}/accept"))
        {
        }

        using (await lee.PostAsync($"api/agent/cases/{handoffId}/messages", new { text = "Hi Ben, checking your export now." }))
        {
        }

        var reply = await Listener.WaitForMessageAsync(ben.ConversationId, "checking your export");
        Assert.Equal("**Lee Chen:** Hi Ben, checking your export now.", reply.Activity.Text);

        using (await lee.PostAsync($"api/agent/cases/{handoffId}/resolve", new { disposition = "answered" }))
        {
        }

        var rating = await Listener.WaitForMessageAsync(ben.ConversationId, "how would you rate");
        var card = Assert.Single(rating.Activity.Attachments, a => a.ContentType == "application/vnd.microsoft.card.adaptive");
        var content = JObject.FromObject(card.Content);
        Assert.Equal("1.5", (string?)content["version"]);
        var four = ((JArray)content["actions"]!).Single(a => (string?)a["title"] == "4");
        Assert.Equal("Action.Execute", (string?)four["type"]);
        Assert.Null(rating.Activity.SuggestedActions);

        using var pressed = await ben.InvokeAsync(new JObject { ["type"] = "Action.Execute", ["verb"] = four["verb"], ["data"] = four["data"] }, "card-17");

        Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
        var body = await pressed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        Assert.Contains("You chose: **4**", body.GetProperty("value").ToString(), StringComparison.Ordinal);
        await Listener.WaitForMessageAsync(ben.ConversationId, "rating us 4 out of 5");
        var stored = Assert.Single(await Host.Services.GetRequiredService<SqliteCsatStore>().ListAsync(handoffId, CancellationToken.None));
        Assert.Equal(4, stored.Rating);
        var update = await Listener.WaitForAsync(r => r.Updated && r.ReplyToId == "card-17");
        Assert.DoesNotContain("actions", JObject.FromObject(update.Activity.Attachments[0].Content).Properties().Select(p => p.Name));
    }

    [Fact]
    public async Task In_a_channel_only_a_mention_is_answered_in_its_thread_and_the_mention_never_reaches_the_bot()
    {
        var thread = TeamsClient.ChannelThread(Http, Listener.BaseAddress);
        using (await thread.BotAddedAsync())
        {
        }

        using (await thread.SendAsync("anyone know how to export our data?"))
        {
        }

        using (await thread.SendAsync("how do I export my data?", mention: true))
        {
        }

        var answer = await Listener.WaitForMessageAsync(thread.ConversationId, "Source:");
        Assert.Contains("Export", answer.Activity.Text, StringComparison.Ordinal);
        var said = Listener.Received.Where(r => r.ConversationId == thread.ConversationId && r.Activity.Type == ActivityTypes.Message).ToList();
        Assert.DoesNotContain(said, r => r.Activity.Text?.Contains("HandoffBot", StringComparison.Ordinal) == true);
        // No welcome in a channel, and one answer: the message without a mention was not a turn.
        Assert.Single(said, r => r.Activity.Text?.Contains("Source:", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(said, r => r.Activity.Text == RootMessages.Greeting);
    }

    [Fact]
    public async Task Installing_the_app_in_a_personal_chat_says_hello_once()
    {
        var ben = TeamsClient.Personal(Http, Listener.BaseAddress);
        using (await ben.BotAddedAsync())
        {
        }

        using (await ben.BotAddedAsync())
        {
        }

        using (await ben.SendAsync("how do I export my data?"))
        {
        }

        await Listener.WaitForMessageAsync(ben.ConversationId, "Source:");
        Assert.Single(Listener.Received, r => r.ConversationId == ben.ConversationId && r.Activity.Text == RootMessages.Greeting);
    }

    [Fact]
    public async Task A_client_without_universal_actions_answers_an_offer_through_the_submit_fallback()
    {
        await using var lee = await SignInAsync("lee");
        var ben = TeamsClient.Personal(Http, Listener.BaseAddress);
        using (await ben.SendAsync("this is useless, my exports keep failing and nobody helps"))
        {
        }

        var offer = await Listener.WaitForMessageAsync(ben.ConversationId, "Would you like me to connect you");
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == ben.ConversationId && r.Activity.Text?.Contains("bringing in someone", StringComparison.Ordinal) == true);
        var yes = ((JArray)JObject.FromObject(offer.Activity.Attachments[0].Content)["actions"]!)[0];
        Assert.Equal("Yes, connect me", (string?)yes["title"]);
        using (await ben.SubmitAsync(yes["fallback"]!["data"]!, "card-offer"))
        {
        }

        await Listener.WaitForMessageAsync(ben.ConversationId, "bringing in someone from our support team");
    }

    [Fact]
    public async Task A_malformed_card_action_gets_a_clear_400_and_the_conversation_goes_on()
    {
        var ben = TeamsClient.Personal(Http, Listener.BaseAddress);
        using var refused = await ben.InvokeAsync(new JObject { ["type"] = "Action.Execute", ["verb"] = "choose", ["data"] = new JObject { ["choice"] = 4 } }, null);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains("data.choice", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);

        using (await ben.SendAsync("how do I export my data?"))
        {
        }

        await Listener.WaitForMessageAsync(ben.ConversationId, "Source:");
    }
}
