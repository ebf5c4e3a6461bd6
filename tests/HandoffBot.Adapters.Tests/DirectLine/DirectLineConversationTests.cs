using System.Net;
using HandoffBot.Dialogs.Root;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Adapters.Tests.DirectLine;

/// <summary>Starting, posting and reading a conversation the way DirectLineJS polls it, and what bad input gets.</summary>
public sealed class DirectLineConversationTests : DirectLineHost
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["HandoffBot:DirectLine:ActivitiesPerMinute"] = "4",
        ["HandoffBot:DirectLine:MaxActivityBytes"] = "4096",
    };

    [Fact]
    public async Task A_started_conversation_greets_once_and_a_second_start_is_200()
    {
        var (_, generated) = await DirectLine.SendAsync(HttpMethod.Post, "tokens/generate", DirectLineClient.Secret, "{\"user\":{\"id\":\"dl_greet\"}}");
        var token = (string)generated["token"]!;

        var (first, started) = await DirectLine.SendAsync(HttpMethod.Post, "conversations", token);
        var (second, _) = await DirectLine.SendAsync(HttpMethod.Post, "conversations", token);
        var (activities, _) = await DirectLine.GetActivitiesAsync((string)started["conversationId"]!, token);

        Assert.Equal(HttpStatusCode.Created, first);
        Assert.Equal(HttpStatusCode.OK, second);
        Assert.StartsWith("ws://", (string)started["streamUrl"]!, StringComparison.Ordinal);
        Assert.Equal(RootMessages.Greeting, Assert.Single(activities).Text);
    }

    [Fact]
    public async Task A_posted_message_is_echoed_with_its_client_activity_id_then_answered_and_watermarks_page_the_log()
    {
        var (conversationId, token, _) = await DirectLine.StartAsync();
        var (_, afterGreeting) = await DirectLine.GetActivitiesAsync(conversationId, token);

        var (status, posted) = await DirectLine.PostMessageAsync(conversationId, token, "help", "client-1");
        var (activities, watermark) = await DirectLine.GetActivitiesAsync(conversationId, token, afterGreeting);

        Assert.Equal(HttpStatusCode.OK, status);
        var echo = activities[0];
        Assert.Equal((string)posted["id"]!, echo.Id);
        Assert.StartsWith(conversationId + "|", echo.Id, StringComparison.Ordinal);
        Assert.Equal("client-1", (string)((JObject)echo.ChannelData)["clientActivityID"]!);
        Assert.Equal(RoleTypes.User, echo.From.Role);
        var reply = activities[1];
        Assert.Equal(RootMessages.HelpIntro, reply.Text);
        Assert.Contains(reply.SuggestedActions.Actions, a => a.Title == "Talk to a person");

        var (nothingNew, sameWatermark) = await DirectLine.GetActivitiesAsync(conversationId, token, watermark);
        Assert.Empty(nothingNew);
        Assert.Equal(watermark, sameWatermark);
    }

    [Fact]
    public async Task Conversations_never_see_each_others_activities()
    {
        var first = await DirectLine.StartAsync();
        var second = await DirectLine.StartAsync();

        await DirectLine.PostMessageAsync(first.ConversationId, first.Token, "my secret order TL-20931", "c1");
        var (secondLog, _) = await DirectLine.GetActivitiesAsync(second.ConversationId, second.Token);

        Assert.DoesNotContain(secondLog, a => a.Text?.Contains("TL-20931", StringComparison.Ordinal) == true);
        Assert.All(secondLog, a => Assert.Equal(second.ConversationId, a.Conversation.Id));
    }

    [Fact]
    public async Task Malformed_json_is_400_and_loses_nothing_already_said()
    {
        var (conversationId, token, _) = await DirectLine.StartAsync();

        var (malformed, body) = await DirectLine.SendAsync(HttpMethod.Post, $"conversations/{conversationId}/activities", token, "{\"type\": \"message\", \"text\": ");
        var (untyped, _) = await DirectLine.SendAsync(HttpMethod.Post, $"conversations/{conversationId}/activities", token, "{\"text\": \"hi\"}");
        var (badWatermark, _) = await DirectLine.SendAsync(HttpMethod.Get, $"conversations/{conversationId}/activities?watermark=abc", token);
        var (unknown, _) = await DirectLine.SendAsync(HttpMethod.Get, "conversations/nope/activities", DirectLineClient.Secret);

        Assert.Equal(HttpStatusCode.BadRequest, malformed);
        Assert.Equal("BadArgument", (string)body["error"]!["code"]!);
        Assert.Equal(HttpStatusCode.BadRequest, untyped);
        Assert.Equal(HttpStatusCode.BadRequest, badWatermark);
        Assert.Equal(HttpStatusCode.NotFound, unknown);
        var (log, _) = await DirectLine.GetActivitiesAsync(conversationId, token);
        Assert.Single(log);
    }

    [Fact]
    public async Task An_oversize_activity_is_413_with_the_limit_named()
    {
        var (conversationId, token, _) = await DirectLine.StartAsync();

        var (status, body) = await DirectLine.PostMessageAsync(conversationId, token, new string('x', 5000), "big");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("MaxActivityBytes", (string)body["error"]!["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_faster_than_the_limit_is_429_with_retry_after()
    {
        var (conversationId, token, _) = await DirectLine.StartAsync();

        var statuses = new List<HttpStatusCode>();
        JObject last = [];
        for (var i = 0; i < 5; i++)
        {
            (var status, last) = await DirectLine.PostMessageAsync(conversationId, token, "help", "c" + i);
            statuses.Add(status);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 4), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("TooManyRequests", (string)last["error"]!["code"]!);
    }
}
