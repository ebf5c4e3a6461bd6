using System.Text.Json;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Adapters.Slack;

/// <summary>
/// Reads an interactivity request (<c>payload</c>, form-encoded JSON): a press of one of the bot's buttons
/// (<c>block_actions</c> on the <see cref="SlackMessage.ActionsBlockId"/> block) is the same message the customer
/// would have typed, in the conversation of the message it was pressed on.
/// </summary>
public static class SlackInteractionReader
{
    /// <summary>Where the turn's <c>channelData</c> names the pressed message, so that its buttons are taken away.</summary>
    public const string PressedKey = "handoffbotPressed";

    public static SlackInbound Read(string? payload, Uri apiBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(apiBaseUrl);
        if (string.IsNullOrWhiteSpace(payload))
        {
            return new SlackInbound.Invalid("The request has no payload.");
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(payload);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return new SlackInbound.Invalid("The payload is not JSON.");
        }

        if (root.ValueKind != JsonValueKind.Object || SlackJson.Text(root, "type") != "block_actions")
        {
            return new SlackInbound.Ignored($"interaction {(root.ValueKind == JsonValueKind.Object ? SlackJson.Text(root, "type") : null)}");
        }

        var action = root.TryGetProperty("actions", out var actions) && actions.ValueKind == JsonValueKind.Array
            ? actions.EnumerateArray().FirstOrDefault(a => SlackJson.Text(a, "block_id") == SlackMessage.ActionsBlockId)
            : default;
        var user = root.TryGetProperty("user", out var u) ? SlackJson.Text(u, "id") : null;
        var team = root.TryGetProperty("team", out var t) ? SlackJson.Text(t, "id") : null;
        var channel = root.TryGetProperty("channel", out var c) ? SlackJson.Text(c, "id") : null;
        var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
        var ts = SlackJson.Text(message, "ts");
        if (action.ValueKind != JsonValueKind.Object || SlackJson.Text(action, "value") is not { } value)
        {
            return new SlackInbound.Ignored("not one of the bot's buttons");
        }

        if (user is null || team is null || channel is null || ts is null)
        {
            return new SlackInbound.Invalid("The interaction has no user, team, channel or message.");
        }

        // The bot writes in a DM without a thread and in channels always in one: the pressed message says which.
        var conversation = new SlackConversation(team, channel, SlackJson.Text(message, "thread_ts"));
        var label = action.TryGetProperty("text", out var text) ? SlackJson.Text(text, "text") : null;
        var channelData = new JObject
        {
            [PressedKey] = new JObject { ["channel"] = channel, ["ts"] = ts, ["text"] = SlackJson.Text(message, "text"), ["chosen"] = label ?? value },
        };
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"{ts}-{SlackJson.Text(action, "action_ts") ?? SlackJson.Text(root, "trigger_id")}",
            ChannelId = SlackEventReader.ChannelId,
            ServiceUrl = apiBaseUrl.ToString(),
            From = new ChannelAccount(user, null, RoleTypes.User),
            Recipient = new ChannelAccount(SlackJson.Text(message, "user") ?? "slack-bot", SlackAdapter.BotName, RoleTypes.Bot),
            Conversation = new ConversationAccount(isGroup: conversation.ThreadTs is not null, id: conversation.Id),
            Text = value,
            TextFormat = TextFormatTypes.Plain,
            ChannelData = channelData,
        };
        return new SlackInbound.Turn(activity.Id, activity);
    }
}
