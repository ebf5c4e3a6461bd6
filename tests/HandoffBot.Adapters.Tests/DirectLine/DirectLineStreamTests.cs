using HandoffBot.Agents;
using HandoffBot.Dialogs.Root;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Adapters.Tests.DirectLine;

/// <summary>The WebSocket stream: history first, then echoes, replies and proactive messages as they happen; reconnects resume from a watermark.</summary>
public sealed class DirectLineStreamTests : DirectLineHost
{
    [Fact]
    public async Task The_stream_replays_the_greeting_then_delivers_the_echo_and_the_reply_live()
    {
        var (conversationId, token, streamUrl) = await DirectLine.StartAsync();
        await using var stream = await DirectLineStreamClient.ConnectAsync(streamUrl);
        await stream.WaitForAsync(a => a.Text == RootMessages.Greeting, "the greeting");

        await DirectLine.PostMessageAsync(conversationId, token, "help", "client-7");

        var echo = await stream.WaitForAsync(a => (a.ChannelData as JObject)?["clientActivityID"]?.ToString() == "client-7", "the echo");
        var reply = await stream.WaitForAsync(a => a.Text == RootMessages.HelpIntro, "the help menu");
        Assert.False(string.IsNullOrEmpty(echo.Id));
        Assert.NotEmpty(reply.SuggestedActions.Actions);
        Assert.Equal(reply.Id[(reply.Id.IndexOf('|', StringComparison.Ordinal) + 1)..].TrimStart('0'), stream.Watermark);
    }

    [Fact]
    public async Task A_reconnect_from_a_watermark_gets_only_what_came_after_it()
    {
        var (conversationId, token, streamUrl) = await DirectLine.StartAsync();
        string watermark;
        await using (var first = await DirectLineStreamClient.ConnectAsync(streamUrl))
        {
            await first.WaitForAsync(a => a.Text == RootMessages.Greeting, "the greeting");
            watermark = first.Watermark!;
        }

        // Said while the page was away: the next stream must bring it.
        await DirectLine.PostMessageAsync(conversationId, token, "help", "while-away");
        var (_, reconnect) = await DirectLine.SendAsync(HttpMethod.Get, $"conversations/{conversationId}?watermark={watermark}", token);
        await using var second = await DirectLineStreamClient.ConnectAsync((string)reconnect["streamUrl"]!);

        await second.WaitForAsync(a => a.Text == RootMessages.HelpIntro, "the reply sent while away");
        Assert.DoesNotContain(second.Received, a => a.Text == RootMessages.Greeting);
        Assert.Contains(second.Received, a => a.Text == "help");
    }

    [Fact]
    public async Task A_proactive_message_through_the_channel_adapters_reaches_the_open_stream()
    {
        var (conversationId, token, streamUrl) = await DirectLine.StartAsync();
        await using var stream = await DirectLineStreamClient.ConnectAsync(streamUrl);
        await DirectLine.PostMessageAsync(conversationId, token, "help", "c1");
        var echo = await stream.WaitForAsync(a => a.Text == "help", "the echo");

        // What the agent hub does with an agent's reply: continue the customer's conversation through its adapter.
        var senders = Host.Services.GetRequiredService<ChannelSenders>();
        await senders.ContinueConversationAsync(
            echo.GetConversationReference().GetContinuationActivity(),
            (turn, ct) => turn.SendActivityAsync(MessageFactory.Text("Hi, I'm Priya from billing. Let me look at that."), ct),
            CancellationToken.None);

        var agentReply = await stream.WaitForAsync(a => a.Text?.StartsWith("Hi, I'm Priya", StringComparison.Ordinal) == true, "the agent's reply");
        Assert.Equal(RoleTypes.Bot, agentReply.From.Role);
        var (log, _) = await DirectLine.GetActivitiesAsync(conversationId, token);
        Assert.Contains(log, a => a.Id == agentReply.Id);
    }

    [Fact]
    public async Task A_proactive_message_replies_to_nothing_the_client_has_not_seen()
    {
        var (conversationId, token, streamUrl) = await DirectLine.StartAsync();
        await using var stream = await DirectLineStreamClient.ConnectAsync(streamUrl);
        await DirectLine.PostMessageAsync(conversationId, token, "help", "c1");
        var echo = await stream.WaitForAsync(a => a.Text == "help", "the echo");

        await Host.Services.GetRequiredService<ChannelSenders>().ContinueConversationAsync(
            echo.GetConversationReference().GetContinuationActivity(),
            (turn, ct) => turn.SendActivityAsync(MessageFactory.Text("Maya Ortiz has joined the conversation."), ct),
            CancellationToken.None);

        // Web Chat holds back an activity that replies to one it has not received, for five seconds.
        var joined = await stream.WaitForAsync(a => a.Text == "Maya Ortiz has joined the conversation.", "the proactive message");
        var (log, _) = await DirectLine.GetActivitiesAsync(conversationId, token);
        Assert.True(joined.ReplyToId is null || log.Any(a => a.Id == joined.ReplyToId), $"replyToId {joined.ReplyToId} is not in the conversation");
        Assert.All(log.Where(a => a.ReplyToId is not null), a => Assert.Contains(log, seen => seen.Id == a.ReplyToId));
    }

    [Fact]
    public async Task Typing_reaches_the_stream_but_never_the_stored_log()
    {
        var (conversationId, token, streamUrl) = await DirectLine.StartAsync();
        await using var stream = await DirectLineStreamClient.ConnectAsync(streamUrl);
        await DirectLine.PostMessageAsync(conversationId, token, "help", "c1");
        var echo = await stream.WaitForAsync(a => a.Text == "help", "the echo");

        await Host.Services.GetRequiredService<ChannelSenders>().ContinueConversationAsync(
            echo.GetConversationReference().GetContinuationActivity(),
            async (turn, ct) =>
            {
                await turn.SendActivityAsync(new Activity(ActivityTypes.Typing), ct);
                await turn.SendActivityAsync(MessageFactory.Text("One moment."), ct);
            },
            CancellationToken.None);

        await stream.WaitForAsync(a => a.Type == ActivityTypes.Typing, "the typing indicator");
        await stream.WaitForAsync(a => a.Text == "One moment.", "the message after it");
        var (log, _) = await DirectLine.GetActivitiesAsync(conversationId, token);
        Assert.DoesNotContain(log, a => a.Type == ActivityTypes.Typing);
        Assert.Contains(log, a => a.Text == "One moment.");
    }

    [Fact]
    public async Task A_second_stream_for_the_same_conversation_closes_the_first_as_a_collision()
    {
        var (_, _, streamUrl) = await DirectLine.StartAsync();
        await using var first = await DirectLineStreamClient.ConnectAsync(streamUrl);
        await first.WaitForAsync(a => a.Text == RootMessages.Greeting, "the greeting");

        await using var second = await DirectLineStreamClient.ConnectAsync(streamUrl);
        await first.WaitForCloseAsync();

        Assert.Equal("collision", first.CloseReason);
        await second.WaitForAsync(a => a.Text == RootMessages.Greeting, "the greeting again");
    }

    [Fact]
    public async Task The_history_survives_a_restart_of_the_bot()
    {
        var (conversationId, token, _) = await DirectLine.StartAsync();
        await DirectLine.PostMessageAsync(conversationId, token, "help", "c1");

        await RestartAsync();
        var (_, reconnect) = await DirectLine.SendAsync(HttpMethod.Get, $"conversations/{conversationId}", token);
        await using var stream = await DirectLineStreamClient.ConnectAsync((string)reconnect["streamUrl"]!);

        await stream.WaitForAsync(a => a.Text == RootMessages.HelpIntro, "the help menu from before the restart");
        Assert.Equal(RootMessages.Greeting, stream.Received[0].Text);
    }
}
