using System.Text;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Tests.Teams;

/// <summary>
/// Posts activities to <c>/api/messages</c> shaped as Azure Bot Service delivers them from Microsoft Teams: channelId
/// <c>msteams</c>, Teams ids, the conversation type, tenant channel data, and mentions as entities.
/// </summary>
public sealed class TeamsClient(HttpClient http, Uri serviceUrl, string conversationId, string conversationType)
{
    public const string BotId = "28:handoffbot-app-id";
    public const string BotName = "HandoffBot";
    public const string Tenant = "72f988bf-0000-4000-8000-2d7cd011db47";

    public string ConversationId { get; } = conversationId;

    public string UserId { get; init; } = "29:1ben-carter";

    public string UserName { get; init; } = "Ben Carter";

    /// <summary>The user's Microsoft Entra object id, as Teams sends it on every activity.</summary>
    public string AadObjectId { get; init; } = "6b1c0b2e-0000-4000-8000-00000000b3e1";

    public static TeamsClient Personal(HttpClient http, Uri serviceUrl) => new(http, serviceUrl, $"a:1{Guid.NewGuid():n}", "personal");

    public static TeamsClient ChannelThread(HttpClient http, Uri serviceUrl) =>
        new(http, serviceUrl, $"19:{Guid.NewGuid():n}@thread.tacv2;messageid=17{Random.Shared.Next(100000, 999999)}", "channel");

    /// <summary>A message; <paramref name="mention"/> puts "&lt;at&gt;HandoffBot&lt;/at&gt; " in front, as Teams does.</summary>
    public Task<HttpResponseMessage> SendAsync(string text, bool mention = false)
    {
        var activity = Stamp("message");
        activity["text"] = mention ? $"<at>{BotName}</at> {text}" : text;
        activity["textFormat"] = "plain";
        if (mention)
        {
            activity["entities"] = new JArray(new JObject
            {
                ["type"] = "mention",
                ["mentioned"] = new JObject { ["id"] = BotId, ["name"] = BotName },
                ["text"] = $"<at>{BotName}</at>",
            });
        }

        return PostAsync(activity);
    }

    /// <summary>A card's <c>Action.Submit</c>: a message with the action's data as its value and no text.</summary>
    public Task<HttpResponseMessage> SubmitAsync(JToken data, string cardId)
    {
        var activity = Stamp("message");
        activity["value"] = data;
        activity["replyToId"] = cardId;
        return PostAsync(activity);
    }

    /// <summary>An <c>adaptiveCard/action</c> invoke, as a pressed <c>Action.Execute</c> button sends it.</summary>
    public Task<HttpResponseMessage> InvokeAsync(JToken? action, string? cardId)
    {
        var activity = Stamp("invoke");
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JObject { ["action"] = action, ["trigger"] = "manual" };
        if (cardId is not null)
        {
            activity["replyToId"] = cardId;
        }

        return PostAsync(activity);
    }

    public Task<HttpResponseMessage> BotAddedAsync()
    {
        var activity = Stamp("conversationUpdate");
        activity["membersAdded"] = new JArray(new JObject { ["id"] = BotId }, new JObject { ["id"] = UserId });
        return PostAsync(activity);
    }

    private JObject Stamp(string type) => new()
    {
        ["type"] = type,
        ["id"] = $"f:{Guid.NewGuid():n}",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = serviceUrl.ToString(),
        ["channelId"] = "msteams",
        ["from"] = new JObject { ["id"] = UserId, ["name"] = UserName, ["aadObjectId"] = AadObjectId },
        ["conversation"] = new JObject { ["id"] = ConversationId, ["conversationType"] = conversationType, ["tenantId"] = Tenant },
        ["recipient"] = new JObject { ["id"] = BotId, ["name"] = BotName },
        ["channelData"] = new JObject { ["tenant"] = new JObject { ["id"] = Tenant } },
        ["locale"] = "en-US",
    };

    private Task<HttpResponseMessage> PostAsync(JObject activity) =>
        http.PostAsync("api/messages", new StringContent(activity.ToString(), Encoding.UTF8, "application/json"));
}
