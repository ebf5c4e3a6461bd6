using HandoffBot.Handoff;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Teams;

/// <summary>
/// A new handoff as the agents' Teams channel shows it (Adaptive Card 1.5, built as JSON): customer and tier,
/// priority, skill, the reason with its evidence, what the bot tried, the summary, where the customer was, and a link
/// to the case in the console, and Accept (or, once taken, who took it).
/// </summary>
public static class TeamsDeskCard
{
    /// <summary>The card; with <paramref name="takenBy"/>, after the case was accepted: who took it, and no Accept button.</summary>
    public static Attachment For(HandoffCase handoff, Uri? consoleUrl, string? takenBy = null)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        var customer = handoff.Customer;
        var name = customer?.Value<string>("name") ?? "A customer";
        var facts = new JArray
        {
            Fact("Customer", name),
            Fact("Tier", customer?.Value<string>("tier") ?? "unknown"),
            Fact("Priority", handoff.Priority.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Fact("Skill", handoff.Skill),
            Fact("Channel", handoff.Conversation.ChannelId),
        };
        var body = new JArray
        {
            new JObject { ["type"] = "TextBlock", ["text"] = $"New handoff: {name}", ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
            new JObject { ["type"] = "TextBlock", ["text"] = handoff.Reason, ["wrap"] = true },
            new JObject { ["type"] = "FactSet", ["facts"] = facts },
        };
        foreach (var trigger in handoff.Triggers)
        {
            body.Add(new JObject { ["type"] = "TextBlock", ["text"] = $"{trigger.Name}: {trigger.Evidence}", ["wrap"] = true, ["isSubtle"] = true, ["spacing"] = "None" });
        }

        if (handoff.Tried.Count > 0)
        {
            body.Add(new JObject { ["type"] = "TextBlock", ["text"] = "Tried: " + string.Join("; ", handoff.Tried.Select(t => $"{t.Tried} ({t.Topic}{(t.Outcome is null ? string.Empty : $", {t.Outcome}")})")), ["wrap"] = true });
        }

        body.Add(new JObject { ["type"] = "TextBlock", ["text"] = handoff.Summary, ["wrap"] = true, ["separator"] = true });
        if (handoff.Page is JObject { Count: > 0 } page && page.Value<string>("title") is { Length: > 0 } where)
        {
            body.Add(new JObject { ["type"] = "TextBlock", ["text"] = $"Where: {where}", ["wrap"] = true, ["isSubtle"] = true });
        }

        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["fallbackText"] = $"New handoff: {name}, {handoff.Skill}, priority {handoff.Priority}: {handoff.Reason}",
            ["body"] = body,
        };
        var actions = new JArray();
        if (takenBy is null)
        {
            actions.Add(new JObject
            {
                ["type"] = "Action.Execute",
                ["title"] = "Accept",
                ["verb"] = TeamsDesk.AcceptVerb,
                ["data"] = new JObject { [TeamsDesk.HandoffKey] = handoff.HandoffId },
            });
        }
        else
        {
            body.Add(new JObject { ["type"] = "TextBlock", ["text"] = $"Taken by **{takenBy}**", ["wrap"] = true, ["color"] = "Good" });
        }

        if (consoleUrl is not null)
        {
            actions.Add(new JObject
            {
                ["type"] = "Action.OpenUrl",
                ["title"] = "Open in console",
                ["url"] = new Uri(consoleUrl, $"#case/{Uri.EscapeDataString(handoff.HandoffId)}").ToString(),
            });
        }

        if (actions.Count > 0)
        {
            card["actions"] = actions;
        }

        return new Attachment(TeamsCards.ContentType, content: card);
    }

    private static JObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };
}
