using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Evaluation;

/// <summary>What Web Chat's DirectLineJS does over HTTP, with an explicit credential per call (tests of the Direct Line adapter and of the web chat page).</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public const string Secret = "test-site-secret";

    public async Task<(HttpStatusCode Status, JObject Body)> SendAsync(HttpMethod method, string path, string? credential, string? body = null)
    {
        using var request = new HttpRequestMessage(method, "v3/directline/" + path);
        if (credential is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? [] : JObject.Parse(text));
    }

    /// <summary>A started conversation: its id and token (the greeting is in its log).</summary>
    public async Task<(string ConversationId, string Token, string StreamUrl)> StartAsync()
    {
        var (_, generated) = await SendAsync(HttpMethod.Post, "tokens/generate", Secret, "{\"user\":{\"id\":\"dl_" + Guid.NewGuid().ToString("n") + "\"}}");
        var (status, started) = await SendAsync(HttpMethod.Post, "conversations", (string)generated["token"]!);
        Expect(HttpStatusCode.Created, status, "start a conversation", started);
        return ((string)started["conversationId"]!, (string)started["token"]!, (string)started["streamUrl"]!);
    }

    /// <summary>Posts a message the way Web Chat does: with a <c>channelData.clientActivityID</c> and a page.</summary>
    public Task<(HttpStatusCode Status, JObject Body)> PostMessageAsync(string conversationId, string token, string text, string clientActivityId) =>
        SendAsync(HttpMethod.Post, $"conversations/{conversationId}/activities", token, JsonConvert.SerializeObject(new
        {
            type = "message",
            text,
            from = new { id = "r_webchat", role = "user" },
            channelId = "webchat",
            locale = "en-US",
            channelData = new { clientActivityID = clientActivityId, page = "/pricing" },
        }));

    public async Task<(List<Activity> Activities, string Watermark)> GetActivitiesAsync(string conversationId, string token, string? watermark = null)
    {
        var (status, body) = await SendAsync(HttpMethod.Get, $"conversations/{conversationId}/activities" + (watermark is null ? string.Empty : "?watermark=" + watermark), token);
        Expect(HttpStatusCode.OK, status, "get activities", body);
        return (body["activities"]!.ToObject<List<Activity>>()!, (string)body["watermark"]!);
    }

    /// <summary>A call the caller relies on: any other status ends the test (or the program) with what came back.</summary>
    private static void Expect(HttpStatusCode expected, HttpStatusCode actual, string what, JObject body)
    {
        if (actual != expected)
        {
            throw new HttpRequestException($"Direct Line {what}: expected {(int)expected}, got {(int)actual} {body}", null, actual);
        }
    }
}
