using System.Net;
using HandoffBot.Dialogs.Root;
using HandoffBot.Tests.TestSupport;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace HandoffBot.Tests.Hosting;

/// <summary>The Emulator's path: real HTTP into /api/messages, replies back to a real serviceUrl listener.</summary>
public sealed class MessagesEndpointTests(LiveBotFixture bot) : LiveBot(bot), IClassFixture<LiveBotFixture>
{
    [Fact]
    public async Task ConversationUpdate_then_message_get_greeting_and_reply_at_the_service_url()
    {
        var emulator = NewConversation();

        var update = emulator.ConversationUpdate();
        using (var response = await emulator.PostAsync(update))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var greeting = await Listener.WaitForMessageAsync(emulator.ConversationId, "support assistant");
        Assert.Equal(update.Id, greeting.ReplyToId);
        Assert.Equal(RootMessages.Greeting, greeting.Activity.Text);

        var help = await emulator.SendAsync("help");
        var menu = await Listener.WaitForMessageAsync(emulator.ConversationId, RootMessages.HelpIntro);
        Assert.Equal(help.Id, menu.ReplyToId);
        Assert.Contains(menu.Activity.SuggestedActions.Actions, a => a.Title == "Orders & tickets");
        Assert.Empty(menu.Authorization);
    }

    [Fact]
    public async Task Greeting_is_sent_once_per_conversation()
    {
        var emulator = NewConversation();
        (await emulator.PostAsync(emulator.ConversationUpdate())).Dispose();
        (await emulator.PostAsync(emulator.ConversationUpdate())).Dispose();
        await emulator.SendAsync("help");

        await Listener.WaitForMessageAsync(emulator.ConversationId, RootMessages.HelpIntro);
        Assert.Single(Listener.Received, r => r.ConversationId == emulator.ConversationId && r.Activity.Text == RootMessages.Greeting);
    }

    [Fact]
    public async Task Emulator_channel_receives_decision_traces_and_other_channels_do_not()
    {
        var emulator = NewConversation();
        await emulator.SendAsync("help");
        var trace = await Listener.WaitForAsync(r => r.ConversationId == emulator.ConversationId && r.Activity.Type == ActivityTypes.Trace && r.Activity.Name == "dialog.route");
        Assert.Equal("dialog.route", trace.Activity.Name);
        Assert.Equal("help", Newtonsoft.Json.Linq.JObject.FromObject(trace.Activity.Value!).Value<string>("route"));

        var webchat = new EmulatorClient(Http, Listener.BaseAddress) { ChannelId = "webchat" };
        await webchat.SendAsync("help");
        await Listener.WaitForMessageAsync(webchat.ConversationId, RootMessages.HelpIntro);
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == webchat.ConversationId && r.Activity.Type == ActivityTypes.Trace);
    }

    [Fact]
    public async Task ExpectReplies_returns_the_replies_in_the_response_body()
    {
        var emulator = NewConversation();
        var activity = emulator.Message("help");
        activity.DeliveryMode = DeliveryModes.ExpectReplies;

        using var response = await emulator.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = JsonConvert.DeserializeObject<ExpectedReplies>(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(replies.Activities, a => a.Type == ActivityTypes.Message && a.Text == RootMessages.HelpIntro);
        var trace = Assert.Single(replies.Activities, a => a.Type == ActivityTypes.Trace && a.Name == "dialog.route");
        Assert.Equal("help", Newtonsoft.Json.Linq.JObject.FromObject(trace.Value!).Value<string>("route"));
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == emulator.ConversationId && r.Activity.Type == ActivityTypes.Message);
    }

    [Theory]
    [InlineData("{ this is not json")]
    [InlineData("{\"text\": \"no type\"}")]
    [InlineData("[]")]
    public async Task Malformed_activity_gets_400(string body)
    {
        var emulator = NewConversation();
        using var response = await emulator.PostRawAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Oversized_activity_gets_413_with_a_reason()
    {
        var emulator = NewConversation();
        using var response = await emulator.PostAsync(emulator.Message(new string('x', 300 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("MaxActivityBytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_methods_are_not_allowed()
    {
        using var response = await Http.GetAsync("api/messages");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
