using System.Net;
using HandoffBot.Dialogs.Root;
using HandoffBot.Tests.TestSupport;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace HandoffBot.Tests.Hosting;

/// <summary>The Emulator's path: real HTTP into /api/messages, replies back to a real serviceUrl listener.</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private ServiceUrlListener _listener = null!;
    private BotHost _host = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _listener = await ServiceUrlListener.StartAsync();
        _host = BotHost.Start(_temp.File("bot.db"));
        _http = _host.CreateHttpClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
        await _listener.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task ConversationUpdate_then_message_get_greeting_and_reply_at_the_service_url()
    {
        var emulator = new EmulatorClient(_http, _listener.BaseAddress);

        var update = emulator.ConversationUpdate();
        using (var response = await emulator.PostAsync(update))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var greeting = await _listener.WaitForMessageAsync(emulator.ConversationId, "support assistant");
        Assert.Equal(update.Id, greeting.ReplyToId);
        Assert.Equal(RootMessages.Greeting, greeting.Activity.Text);

        var help = await emulator.SendAsync("help");
        var menu = await _listener.WaitForMessageAsync(emulator.ConversationId, RootMessages.HelpIntro);
        Assert.Equal(help.Id, menu.ReplyToId);
        Assert.Contains(menu.Activity.SuggestedActions.Actions, a => a.Title == "Orders & tickets");
        Assert.Empty(menu.Authorization);
    }

    [Fact]
    public async Task Greeting_is_sent_once_per_conversation()
    {
        var emulator = new EmulatorClient(_http, _listener.BaseAddress);
        (await emulator.PostAsync(emulator.ConversationUpdate())).Dispose();
        (await emulator.PostAsync(emulator.ConversationUpdate())).Dispose();
        await emulator.SendAsync("help");

        await _listener.WaitForMessageAsync(emulator.ConversationId, RootMessages.HelpIntro);
        Assert.Single(_listener.Received, r => r.ConversationId == emulator.ConversationId && r.Activity.Text == RootMessages.Greeting);
    }

    [Fact]
    public async Task Emulator_channel_receives_decision_traces_and_other_channels_do_not()
    {
        var emulator = new EmulatorClient(_http, _listener.BaseAddress);
        await emulator.SendAsync("help");
        var trace = await _listener.WaitForAsync(r => r.ConversationId == emulator.ConversationId && r.Activity.Type == ActivityTypes.Trace && r.Activity.Name == "dialog.route");
        Assert.Equal("dialog.route", trace.Activity.Name);
        Assert.Equal("help", Newtonsoft.Json.Linq.JObject.FromObject(trace.Activity.Value!).Value<string>("route"));

        var webchat = new EmulatorClient(_http, _listener.BaseAddress) { ChannelId = "webchat" };
        await webchat.SendAsync("help");
        await _listener.WaitForMessageAsync(webchat.ConversationId, RootMessages.HelpIntro);
        Assert.DoesNotContain(_listener.Received, r => r.ConversationId == webchat.ConversationId && r.Activity.Type == ActivityTypes.Trace);
    }

    [Fact]
    public async Task ExpectReplies_returns_the_replies_in_the_response_body()
    {
        var emulator = new EmulatorClient(_http, _listener.BaseAddress);
        var activity = emulator.Message("help");
        activity.DeliveryMode = DeliveryModes.ExpectReplies;

        using var response = await emulator.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = JsonConvert.DeserializeObject<ExpectedReplies>(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(replies.Activities, a => a.Type == ActivityTypes.Message && a.Text == RootMessages.HelpIntro);
        var trace = Assert.Single(replies.Activities, a => a.Type == ActivityTypes.Trace && a.Name == "dialog.route");
        Assert.Equal("help", Newtonsoft.Json.Linq.JObject.FromObject(trace.Value!).Value<string>("route"));
        Assert.DoesNotContain(_listener.Received, r => r.ConversationId == emulator.ConversationId && r.Activity.Type == ActivityTypes.Message);
    }

    [Theory]
    [InlineData("{ this is not json")]
    [InlineData("{\"text\": \"no type\"}")]
    [InlineData("[]")]
    public async Task Malformed_activity_gets_400(string body)
    {
        var emulator = new EmulatorClient(_http, _listener.BaseAddress);
        using var response = await emulator.PostRawAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Oversized_activity_gets_413_with_a_reason()
    {
        var emulator = new EmulatorClient(_http, _listener.BaseAddress);
        using var response = await emulator.PostAsync(emulator.Message(new string('x', 300 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("MaxActivityBytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_methods_are_not_allowed()
    {
        using var response = await _http.GetAsync("api/messages");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
