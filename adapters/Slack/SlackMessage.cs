using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;

namespace HandoffBot.Adapters.Slack;

/// <summary>
/// A bot message as the body of <c>chat.postMessage</c>: mrkdwn text in the customer's DM or thread, suggested actions
/// (offers, quick replies, the rating question) as Block Kit buttons, and an agent's name before their words.
/// </summary>
public static class SlackMessage
{
    /// <summary>The <c>block_id</c> of the buttons, so that a press can be told from other blocks.</summary>
    public const string ActionsBlockId = "suggested-actions";

    // Block Kit's limits: a section's text, a button's label, a button's value.
    private const int SectionLimit = 3000;
    private const int LabelLimit = 75;
    private const int ValueLimit = 2000;

    /// <summary>The request body, or null when the activity has nothing Slack can show.</summary>
    public static JsonObject? Build(Activity activity, SlackConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(conversation);
        var text = SlackMarkdown.ToMrkdwn(activity.Text);
        if (activity.From?.Name is { Length: > 0 } name && !string.Equals(name, SlackAdapter.BotName, StringComparison.Ordinal) && text.Length > 0)
        {
            text = $"*{SlackMarkdown.ToMrkdwn(name)}:* {text}";
        }

        var actions = activity.SuggestedActions?.Actions ?? [];
        if (text.Length == 0 && actions.Count == 0)
        {
            return null;
        }

        var message = new JsonObject
        {
            ["channel"] = conversation.Channel,
            // The notification and accessibility text; the blocks below are what the chat shows.
            ["text"] = text.Length > 0 ? text : string.Join(" / ", actions.Select(a => a.Title)),
        };
        if (conversation.ThreadTs is { } thread)
        {
            message["thread_ts"] = thread;
        }

        if (actions.Count > 0)
        {
            var blocks = new JsonArray();
            foreach (var chunk in text.Chunk(SectionLimit))
            {
                blocks.Add(new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = new string(chunk) } });
            }

            var buttons = new JsonArray();
            for (var i = 0; i < actions.Count; i++)
            {
                var title = actions[i].Title ?? actions[i].Value?.ToString() ?? string.Empty;
                var value = actions[i].Value?.ToString() is { Length: > 0 } v ? v : title;
                buttons.Add(new JsonObject
                {
                    ["type"] = "button",
                    ["action_id"] = $"suggested-{i}",
                    ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = Truncate(title, LabelLimit), ["emoji"] = true },
                    ["value"] = Truncate(value, ValueLimit),
                });
            }

            blocks.Add(new JsonObject { ["type"] = "actions", ["block_id"] = ActionsBlockId, ["elements"] = buttons });
            message["blocks"] = blocks;
        }

        return message;
    }

    private static string Truncate(string text, int limit) => text.Length <= limit ? text : text[..(limit - 1)] + "…";
}
