using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HandoffBot.Agents;
using HandoffBot.Csat;
using HandoffBot.Tests.Agents;
using Microsoft.Extensions.DependencyInjection;

namespace HandoffBot.Tests.Slack;

/// <summary>
/// Customers in Slack, through the real request URLs: signed Events API and interactivity requests in, the Slack Web
/// API (a loopback stub that checks the documented request shapes) out, and the agent hub in between.
/// </summary>
public sealed class SlackChannelTests : AgentHubHost
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Ben = "U0BEN";
    private const string BenDm = "D0BEN";

    private SlackApiStub _slack = null!;
    private SlackEventsClient _events = null!;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["HandoffBot:Slack:SigningSecret"] = Secret,
        ["HandoffBot:Slack:BotToken"] = SlackApiStub.Token,
        ["HandoffBot:Slack:ApiBaseUrl"] = _slack.BaseUrl.ToString(),
    };

    public override async Task InitializeAsync()
    {
        _slack = await SlackApiStub.StartAsync();
        _slack.Users[Ben] = ("Ben Carter", "ben.carter@carterhale.example.com");
        await base.InitializeAsync();
        _events = new SlackEventsClient(Http, Secret, () => Clock.GetUtcNow());
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Slack_checking_the_request_url_gets_its_challenge_back()
    {
        using var response = await _events.PostSignedAsync(
            "api/slack/events", """{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""", "application/json", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", body.GetProperty("challenge").GetString());
    }

    [Fact]
    public async Task Unsigned_wrongly_signed_and_replayed_requests_are_refused_before_anything_runs()
    {
        const string Body = """{"type":"url_verification","challenge":"abc"}""";
        using var unsigned = await Http.PostAsync("api/slack/events", new StringContent(Body, System.Text.Encoding.UTF8, "application/json"));
        using var wrong = await _events.PostSignedAsync("api/slack/events", Body, "application/json", null, signature: "v0=" + new string('a', 64));
        using var old = await _events.PostSignedAsync("api/slack/events", Body, "application/json", null, at: Clock.GetUtcNow().AddMinutes(-6));

        foreach (var (response, says) in new[] { (unsigned, "not signed"), (wrong, "does not match"), (old, "replay") })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            var error = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("invalid_signature", error.GetProperty("error").GetString());
            Assert.Contains(says, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Signed_but_malformed_or_oversized_requests_get_a_clear_4xx_and_nothing_runs()
    {
        using var notJson = await _events.PostSignedAsync("api/slack/events", "{\"type\": \"event_callback\", \"event\": ", "application/json", null);
        using var noEvent = await _events.PostSignedAsync("api/slack/events", """{"type":"event_callback"}""", "application/json", null);
        using var noPayload = await _events.PostSignedAsync("api/slack/interactions", "payload=", "application/x-www-form-urlencoded", null);
        using var huge = await _events.PostSignedAsync("api/slack/events", new string('x', 300 * 1024), "application/json", null);

        foreach (var response in new[] { notJson, noEvent, noPayload })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("invalid_request", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        }

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.DoesNotContain(_slack.Calls, c => c.Method == "chat.postMessage");
    }

    [Fact]
    public async Task A_direct_message_is_answered_in_the_dm_and_a_retried_event_is_answered_once()
    {
        using (var response = await _events.DirectMessageAsync(Ben, BenDm, "how do I reset my password", eventId: "Ev0RESET"))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using (var retried = await _events.DirectMessageAsync(Ben, BenDm, "how do I reset my password", eventId: "Ev0RESET", retry: 1))
        {
            Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        }

        var answer = await _slack.WaitForMessageAsync(BenDm, "Source: <https://help.tasklane.example/articles/reset-your-password|");
        Assert.DoesNotContain("**", answer.Text, StringComparison.Ordinal);
        Assert.False(answer.Body.TryGetProperty("thread_ts", out _));
        var question = await _slack.WaitForMessageAsync(BenDm, "Did that help?");
        var buttons = question.Body.GetProperty("blocks").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "actions").GetProperty("elements");
        Assert.Equal(["Yes", "No"], buttons.EnumerateArray().Select(b => b.GetProperty("text").GetProperty("text").GetString()));

        // Another message in the same DM proves the retry had its chance to run before it: it never did.
        using (await _events.DirectMessageAsync(Ben, BenDm, "thanks!"))
        {
        }

        await _slack.WaitForMessageAsync(BenDm, "You're welcome");
        Assert.Single(_slack.Posted(BenDm), c => c.Text.Contains("Source:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_handoff_from_slack_reaches_an_agent_whose_replies_come_back_with_their_name_and_the_rating_is_a_button()
    {
        await using var lee = await SignInAsync("lee");
        using (await _events.DirectMessageAsync(Ben, BenDm, "I want to talk to a person"))
        {
        }

        await _slack.WaitForMessageAsync(BenDm, "bringing in someone from our support team");
        var offer = await lee.WaitForAsync("caseOffered");
        var handoffId = offer.GetProperty("handoffId").GetString()!;
        var queued = await Host.Services.GetRequiredService<SqliteAgentHub>().GetAsync(handoffId, CancellationToken.None);
        Assert.Equal("std-ben", (string?)queued!.Case.Customer?["id"]);

        using (var accepted = await lee.PostAsync($"api/agent/cases/{handoffId}/accept"))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        using (await lee.PostAsync($"api/agent/cases/{handoffId}/messages", new { text = "Hi Ben, I'm on it & checking now." }))
        {
        }

        var reply = await _slack.WaitForMessageAsync(BenDm, "I'm on it");
        Assert.Equal("*Lee Chen:* Hi Ben, I'm on it &amp; checking now.", reply.Text);

        using (await _events.DirectMessageAsync(Ben, BenDm, "thanks, it's about invoice 10432"))
        {
        }

        await lee.WaitForAsync("customerMessage", m => m.ToString().Contains("invoice 10432", StringComparison.Ordinal));

        using (await lee.PostAsync($"api/agent/cases/{handoffId}/resolve", new { disposition = "answered" }))
        {
        }

        var rating = await _slack.WaitForMessageAsync(BenDm, "how would you rate");
        using (var pressed = await _events.PressAsync(Ben, BenDm, rating.Ts!, rating.Body, "5"))
        {
            Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
        }

        await _slack.WaitForMessageAsync(BenDm, "rating us 5 out of 5");
        var stored = Assert.Single(await Host.Services.GetRequiredService<SqliteCsatStore>().ListAsync(handoffId, CancellationToken.None));
        Assert.Equal(5, stored.Rating);
        var update = await _slack.WaitForAsync(c => c.Method == "chat.update");
        Assert.Equal(rating.Ts, update.Body.GetProperty("ts").GetString());
        Assert.DoesNotContain(update.Body.GetProperty("blocks").EnumerateArray(), b => b.GetProperty("type").GetString() == "actions");
    }

    [Fact]
    public async Task A_mention_in_a_channel_is_answered_in_a_thread_and_bot_messages_and_edits_are_ignored()
    {
        using (await _events.EventAsync(new { type = "app_mention", channel = "C0SUPPORT", user = Ben, text = $"<@{SlackEventsClient.BotUserId}> how do I reset my password", ts = "1764601000.000200" }))
        {
        }

        var answer = await _slack.WaitForMessageAsync("C0SUPPORT", "Source:");
        Assert.Equal("1764601000.000200", answer.Body.GetProperty("thread_ts").GetString());

        using (await _events.EventAsync(new { type = "message", channel_type = "im", channel = BenDm, bot_id = "B0OTHER", text = "I am another bot", ts = "1764601001.000100" }))
        using (await _events.EventAsync(new { type = "message", subtype = "message_changed", channel_type = "im", channel = BenDm, ts = "1764601002.000100", message = new { text = "edited" } }))
        using (await _events.EventAsync(new { type = "message", channel_type = "im", channel = BenDm, user = SlackEventsClient.BotUserId, text = "my own words", ts = "1764601003.000100" }))
        using (await _events.DirectMessageAsync(Ben, BenDm, "hi"))
        {
        }

        await _slack.WaitForMessageAsync(BenDm, "What can I help you with today?");
        Assert.Single(_slack.Posted(BenDm));
    }

    [Fact]
    public async Task Replies_in_the_bots_thread_reach_it_without_a_mention_and_other_threads_do_not()
    {
        using (await _events.EventAsync(new { type = "app_mention", channel = "C0SUPPORT", user = Ben, text = $"<@{SlackEventsClient.BotUserId}> hi", ts = "1764602000.000100" }))
        {
        }

        await _slack.WaitForMessageAsync("C0SUPPORT", "What can I help you with today?");

        using (await _events.EventAsync(new { type = "message", channel_type = "channel", channel = "C0SUPPORT", user = Ben, text = "someone else's thread", ts = "1764602001.000100", thread_ts = "1764601999.000100" }))
        using (await _events.EventAsync(new { type = "message", channel_type = "channel", channel = "C0SUPPORT", user = Ben, text = "how do I reset my password", ts = "1764602002.000100", thread_ts = "1764602000.000100" }))
        {
        }

        var answer = await _slack.WaitForMessageAsync("C0SUPPORT", "Source:");
        Assert.Equal("1764602000.000100", answer.Body.GetProperty("thread_ts").GetString());
        Assert.DoesNotContain(_slack.Posted("C0SUPPORT"), c => c.Body.GetProperty("thread_ts").GetString() == "1764601999.000100");
    }

    [Fact]
    public async Task A_message_accepted_before_a_stop_is_answered_after_the_restart_and_its_retry_is_not()
    {
        var pending = new Microsoft.Bot.Schema.Activity
        {
            Type = "message",
            Id = "1764603000.000100",
            ChannelId = "slack",
            ServiceUrl = _slack.BaseUrl.ToString(),
            From = new Microsoft.Bot.Schema.ChannelAccount(Ben, null, "user"),
            Recipient = new Microsoft.Bot.Schema.ChannelAccount(SlackEventsClient.BotUserId, "HandoffBot", "bot"),
            Conversation = new Microsoft.Bot.Schema.ConversationAccount(id: $"{SlackEventsClient.Team}:{BenDm}"),
            Text = "how do I reset my password",
        };
        // What the endpoint keeps before it answers Slack; the process stops before the turn runs.
        Assert.True(await Host.Services.GetRequiredService<HandoffBot.Adapters.Slack.ISlackInbox>().TryAcceptAsync("Ev0PENDING", pending, CancellationToken.None));

        await RestartAsync();
        _events = new SlackEventsClient(Http, Secret, () => Clock.GetUtcNow());

        await _slack.WaitForMessageAsync(BenDm, "Source:");
        using (await _events.DirectMessageAsync(Ben, BenDm, "how do I reset my password", eventId: "Ev0PENDING", retry: 2))
        using (await _events.DirectMessageAsync(Ben, BenDm, "bye"))
        {
        }

        await _slack.WaitForMessageAsync(BenDm, "Take care");
        Assert.Single(_slack.Posted(BenDm), c => c.Text.Contains("Source:", StringComparison.Ordinal));
    }
}
