using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace HandoffBot.Tests.Evaluation;

/// <summary>
/// The channel side that shared bots post to: several tests wait on one listener at once, each for its own
/// conversation, and each must be woken by its own activity whatever arrives in between.
/// </summary>
public sealed class ServiceUrlListenerTests
{
    [Fact]
    public async Task Waiters_on_different_conversations_are_each_woken_by_their_own_activity()
    {
        await using var listener = await ServiceUrlListener.StartAsync();
        using var http = new HttpClient { BaseAddress = listener.BaseAddress };
        var waiters = Enumerable.Range(0, 4)
            .Select(i => listener.WaitForMessageAsync($"conversation-{i}", $"reply {i}"))
            .ToList();

        for (var i = 3; i >= 0; i--)
        {
            using var response = await PostAsync(http, $"conversation-{i}/activities/incoming-{i}", $"reply {i}");
            response.EnsureSuccessStatusCode();
        }

        var received = await Task.WhenAll(waiters).WaitAsync(TimeSpan.FromSeconds(10));
        for (var i = 0; i < received.Length; i++)
        {
            Assert.Equal($"conversation-{i}", received[i].ConversationId);
            Assert.Equal($"incoming-{i}", received[i].ReplyToId);
        }
    }

    [Fact]
    public async Task Drained_activities_are_gone_and_other_conversations_stay()
    {
        await using var listener = await ServiceUrlListener.StartAsync();
        using var http = new HttpClient { BaseAddress = listener.BaseAddress };
        foreach (var conversation in new[] { "a", "b", "a" })
        {
            using var response = await PostAsync(http, $"{conversation}/activities", conversation);
            response.EnsureSuccessStatusCode();
        }

        Assert.Equal(2, listener.Drain("a").Count);
        Assert.Empty(listener.Drain("a"));
        Assert.Single(listener.Received, r => r.ConversationId == "b");
    }

    /// <summary>Posts a message to the listener as the bot's Connector client does.</summary>
    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string route, string text) => http.PostAsync(
        "v3/conversations/" + route,
        new StringContent(JsonConvert.SerializeObject(new Activity { Type = ActivityTypes.Message, Text = text }), Encoding.UTF8, "application/json"));
}
