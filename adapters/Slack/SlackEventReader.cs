using System.Globalization;
using System.Text.Json;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Adapters.Slack;

/// <summary>
/// Reads an Events API request: <c>url_verification</c>, and <c>event_callback</c> with <c>message</c> (direct messages
/// to the app, and replies in channel threads) or <c>app_mention</c> (a mention in a channel, which starts or continues
/// a thread conversation).
/// Messages from bots, from the app itself and with a <c>subtype</c> (edits, deletions, joins) are ignored; a message
/// with a file (<c>file_share</c>) or sent to a thread and its channel (<c>thread_broadcast</c>) is still the customer's.
/// </summary>
public static class SlackEventReader
{
    public const string ChannelId = "slack";

    public static SlackInbound Read(byte[] body, Uri apiBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(apiBaseUrl);
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return new SlackInbound.Invalid("The body is not JSON.");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return new SlackInbound.Invalid("The body is not a JSON object.");
        }

        switch (SlackJson.Text(root, "type"))
        {
            case "url_verification":
                return SlackJson.Text(root, "challenge") is { } challenge ? new SlackInbound.Challenge(challenge) : new SlackInbound.Invalid("url_verification without a challenge.");
            case "event_callback":
                break;
            case { } other:
                return new SlackInbound.Ignored($"request type {other}");
            default:
                return new SlackInbound.Invalid("The request has no type.");
        }

        if (!root.TryGetProperty("event", out var ev) || ev.ValueKind != JsonValueKind.Object || SlackJson.Text(root, "event_id") is not { } eventId)
        {
            return new SlackInbound.Invalid("event_callback without an event or event_id.");
        }

        var type = SlackJson.Text(ev, "type");
        if (type is not ("message" or "app_mention"))
        {
            return new SlackInbound.Ignored($"event {type}");
        }

        var botUserId = BotUserId(root);
        var user = SlackJson.Text(ev, "user");
        if (SlackJson.Text(ev, "subtype") is { } subtype && subtype is not ("file_share" or "thread_broadcast"))
        {
            return new SlackInbound.Ignored($"message subtype {subtype}");
        }

        if (SlackJson.Text(ev, "bot_id") is not null || user is null || user == botUserId)
        {
            return new SlackInbound.Ignored("a message from a bot");
        }

        var team = SlackJson.Text(root, "team_id") ?? SlackJson.Text(ev, "team") ?? string.Empty;
        var channel = SlackJson.Text(ev, "channel");
        var ts = SlackJson.Text(ev, "ts");
        if (channel is null || ts is null || team.Length == 0)
        {
            return new SlackInbound.Invalid("The event has no team, channel or ts.");
        }

        var direct = SlackJson.Text(ev, "channel_type") == "im";
        var text = SlackJson.Text(ev, "text");
        SlackConversation conversation;
        var inThreadOnly = false;
        if (type == "message" && direct)
        {
            conversation = new SlackConversation(team, channel, null);
        }
        else if (type == "app_mention")
        {
            // A mention starts a thread under itself, or continues the thread it was written in.
            conversation = new SlackConversation(team, channel, SlackJson.Text(ev, "thread_ts") ?? ts);
        }
        else if (SlackJson.Text(ev, "thread_ts") is { } thread && (botUserId is null || text?.Contains($"<@{botUserId}>", StringComparison.Ordinal) != true))
        {
            // A reply in a channel thread: the bot's if it talks there (a mention in it arrives as app_mention too).
            conversation = new SlackConversation(team, channel, thread);
            inThreadOnly = true;
        }
        else
        {
            return new SlackInbound.Ignored("a channel message outside the bot's threads");
        }

        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = ts,
            Timestamp = Timestamp(ts),
            ChannelId = ChannelId,
            ServiceUrl = apiBaseUrl.ToString(),
            From = new ChannelAccount(user, null, RoleTypes.User),
            Recipient = new ChannelAccount(botUserId ?? "slack-bot", SlackAdapter.BotName, RoleTypes.Bot),
            Conversation = new ConversationAccount(isGroup: !direct, id: conversation.Id),
            Text = SlackMarkdown.FromMrkdwn(text, botUserId),
            TextFormat = TextFormatTypes.Plain,
            ChannelData = JObject.Parse(ev.GetRawText()),
        };
        return new SlackInbound.Turn(eventId, activity, inThreadOnly, StartsThread: type == "app_mention");
    }

    // The app's own user, from the authorizations Slack sends with each event.
    private static string? BotUserId(JsonElement root) =>
        root.TryGetProperty("authorizations", out var authorizations) && authorizations.ValueKind == JsonValueKind.Array
            ? authorizations.EnumerateArray().Select(a => SlackJson.Text(a, "user_id")).FirstOrDefault(id => id is not null)
            : null;

    private static DateTimeOffset? Timestamp(string ts) =>
        decimal.TryParse(ts, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000))
            : null;
}
