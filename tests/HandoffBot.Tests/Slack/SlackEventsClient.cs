using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace HandoffBot.Tests.Slack;

/// <summary>Slack's side of the Events API and interactivity: signed requests to the bot's request URLs, as Slack sends them.</summary>
public sealed class SlackEventsClient(HttpClient http, string signingSecret, Func<DateTimeOffset> now)
{
    public const string Team = "T0TEAM";

    public const string BotUserId = "U0BOT";

    private int _events;

    /// <summary>A direct message from <paramref name="user"/> to the app in DM channel <paramref name="channel"/>.</summary>
    public Task<HttpResponseMessage> DirectMessageAsync(string user, string channel, string text, string? eventId = null, int? retry = null) =>
        EventAsync(new { type = "message", channel_type = "im", channel, user, text, ts = NextTs() }, eventId, retry);

    /// <summary>An event callback wrapping <paramref name="slackEvent"/>.</summary>
    public Task<HttpResponseMessage> EventAsync(object slackEvent, string? eventId = null, int? retry = null)
    {
        var envelope = new
        {
            token = "legacy-verification-token",
            team_id = Team,
            api_app_id = "A0APP",
            type = "event_callback",
            event_id = eventId ?? $"Ev{Guid.NewGuid():N}",
            event_time = now().ToUnixTimeSeconds(),
            authorizations = new[] { new { team_id = Team, user_id = BotUserId, is_bot = true } },
            @event = slackEvent,
        };
        return PostSignedAsync("api/slack/events", JsonSerializer.Serialize(envelope), "application/json", retry);
    }

    /// <summary>A press of a button: the <c>block_actions</c> payload for the button titled <paramref name="title"/> on <paramref name="message"/>.</summary>
    public Task<HttpResponseMessage> PressAsync(string user, string channel, string messageTs, JsonElement message, string title)
    {
        var button = message.GetProperty("blocks").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "actions")
            .GetProperty("elements").EnumerateArray().Single(e => e.GetProperty("text").GetProperty("text").GetString() == title);
        var payload = new
        {
            type = "block_actions",
            user = new { id = user, team_id = Team },
            team = new { id = Team },
            channel = new { id = channel },
            trigger_id = "trigger-1",
            message = new { type = "message", user = BotUserId, ts = messageTs, text = message.GetProperty("text").GetString(), thread_ts = message.TryGetProperty("thread_ts", out var thread) ? thread.GetString() : null },
            actions = new[]
            {
                new { action_id = button.GetProperty("action_id").GetString(), block_id = "suggested-actions", value = button.GetProperty("value").GetString(), text = new { type = "plain_text", text = title }, action_ts = NextTs() },
            },
        };
        var form = "payload=" + Uri.EscapeDataString(JsonSerializer.Serialize(payload));
        return PostSignedAsync("api/slack/interactions", form, "application/x-www-form-urlencoded", null);
    }

    public async Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType, int? retry, DateTimeOffset? at = null, string? signature = null)
    {
        var timestamp = (at ?? now()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature ?? Sign(timestamp, body));
        if (retry is { } number)
        {
            request.Headers.Add("X-Slack-Retry-Num", number.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return await http.SendAsync(request);
    }

    private string Sign(string timestamp, string body) =>
        "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));

    private string NextTs() => $"{now().ToUnixTimeSeconds()}.{Interlocked.Increment(ref _events):D6}";
}
