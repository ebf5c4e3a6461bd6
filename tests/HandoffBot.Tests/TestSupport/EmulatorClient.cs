using System.Net.Http.Headers;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace HandoffBot.Tests.TestSupport;

/// <summary>Posts activities to <c>/api/messages</c> the way the Bot Framework Emulator does.</summary>
public sealed class EmulatorClient(HttpClient http, Uri serviceUrl, string? conversationId = null)
{
    public string ConversationId { get; } = conversationId ?? $"{Guid.NewGuid()}|livechat";

    public ChannelAccount User { get; init; } = new("user-" + Guid.NewGuid().ToString("n")[..8], "User", RoleTypes.User);

    public ChannelAccount Bot { get; } = new("bot-id", "Bot", RoleTypes.Bot);

    public string ChannelId { get; set; } = "emulator";

    public string? BearerToken { get; set; }

    public Activity ConversationUpdate() => Stamp(new Activity
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [User, Bot],
    });

    public Activity Message(string text) => Stamp(new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = TextFormatTypes.Plain });

    public Task<HttpResponseMessage> PostAsync(Activity activity) => PostRawAsync(JsonConvert.SerializeObject(activity));

    public async Task<HttpResponseMessage> PostRawAsync(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (BearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BearerToken);
        }

        return await http.SendAsync(request);
    }

    /// <summary>Sends a message and returns the activity the bot answers with first (its id is what replies point to).</summary>
    public async Task<Activity> SendAsync(string text)
    {
        var activity = Message(text);
        using var response = await PostAsync(activity);
        response.EnsureSuccessStatusCode();
        return activity;
    }

    private Activity Stamp(Activity activity)
    {
        activity.Id = Guid.NewGuid().ToString();
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = serviceUrl.ToString().TrimEnd('/');
        activity.Conversation = new ConversationAccount(id: ConversationId);
        activity.From = User;
        activity.Recipient = Bot;
        activity.Timestamp = DateTimeOffset.UtcNow;
        activity.LocalTimestamp = DateTimeOffset.Now;
        activity.Locale = "en-US";
        return activity;
    }
}
