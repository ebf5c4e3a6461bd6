using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Teams;

/// <summary>
/// Adaptive Cards (schema 1.5, built as JSON) for what other channels show as quick replies: Teams does not show
/// suggested actions in channels and group chats. Each choice is an <c>Action.Execute</c> with the verb
/// <see cref="ChooseVerb"/> and the choice's value as data; once chosen, the card says what was chosen instead.
/// </summary>
public static class TeamsCards
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public const string ChooseVerb = "choose";

    public const string ChoiceKey = "choice";

    public const string PromptKey = "prompt";

    /// <summary>The card with one button per choice; its text is the message's, for clients that show only the card.</summary>
    public static Attachment Choices(string? text, IEnumerable<CardAction> actions)
    {
        var card = Card(text);
        card["actions"] = new JArray(actions.Select(a =>
        {
            // The prompt travels with the choice, so the card can be redrawn with it once chosen.
            var data = new JObject { [ChoiceKey] = a.Value?.ToString() ?? a.Title, [PromptKey] = text };
            return new JObject
            {
                ["type"] = "Action.Execute",
                ["title"] = a.Title ?? a.Value?.ToString(),
                ["verb"] = ChooseVerb,
                ["data"] = data,
                // Clients without Universal Actions send the same data as a message's value.
                ["fallback"] = new JObject { ["type"] = "Action.Submit", ["title"] = a.Title ?? a.Value?.ToString(), ["data"] = data.DeepClone() },
            };
        }));
        return new Attachment(ContentType, content: card);
    }

    /// <summary>The same card after a choice: its text, and what was chosen, without buttons.</summary>
    public static JObject Chosen(string? text, string choice)
    {
        var card = Card(text);
        ((JArray)card["body"]!).Add(new JObject { ["type"] = "TextBlock", ["text"] = $"You chose: **{choice}**", ["wrap"] = true, ["isSubtle"] = true });
        return card;
    }

    private static JObject Card(string? text)
    {
        var body = new JArray();
        if (!string.IsNullOrWhiteSpace(text))
        {
            body.Add(new JObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true });
        }

        return new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["fallbackText"] = text,
            ["body"] = body,
        };
    }
}
