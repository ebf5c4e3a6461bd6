using HandoffBot.Handoff;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Teams;

/// <summary>
/// A new handoff as the agents' Teams channel shows it (Adaptive Card 1.5, built as JSON): customer and tier,
/// priority, skill, the reason with its evidence, what the bot tried, the summary, where the customer was, since when, and a link
/// to the case in the console; where the case stands, and the buttons that fit it (Accept while nobody holds it,
/// Transfer and View transcript while it is open).
/// </summary>
public static class TeamsDeskCard
{
    /// <summary>The card of a case that is <paramref name="status"/> (a new case when null: waiting, with every button).</summary>
    /// <remarks>
    /// <paramref name="mentions"/> (Teams user id, Entra object id or UPN, with the name) are @mentioned at the top, which
    /// notifies them: an urgent case.
    /// </remarks>
    public static Attachment For(
        HandoffCase handoff, Uri? consoleUrl, TeamsDeskStatus? status = null, IReadOnlyList<string>? skills = null, IReadOnlyList<(string Id, string Name)>? mentions = null)
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

        // Adaptive Cards' DATE/TIME functions show the moment in each agent's own time zone and format.
        var since = handoff.CreatedUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        body.Add(new JObject { ["type"] = "TextBlock", ["text"] = $"Waiting since {{{{TIME({since})}}}}, {{{{DATE({since}, SHORT)}}}}", ["wrap"] = true, ["isSubtle"] = true });

        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["fallbackText"] = $"New handoff: {name}, {handoff.Skill}, priority {handoff.Priority}: {handoff.Reason}",
            ["body"] = body,
        };
        if (mentions is { Count: > 0 })
        {
            body.Insert(0, new JObject
            {
                ["type"] = "TextBlock",
                ["text"] = $"Urgent, for {string.Join(", ", mentions.Select(m => $"<at>{m.Name}</at>"))}",
                ["wrap"] = true,
                ["color"] = "Attention",
                ["weight"] = "Bolder",
            });
            card["msteams"] = new JObject
            {
                ["entities"] = new JArray(mentions.Select(m => new JObject
                {
                    ["type"] = "mention",
                    ["text"] = $"<at>{m.Name}</at>",
                    ["mentioned"] = new JObject { ["id"] = m.Id, ["name"] = m.Name },
                })),
            };
        }

        status ??= TeamsDeskStatus.Waiting;
        body.Add(new JObject { ["type"] = "TextBlock", ["text"] = status.Text, ["wrap"] = true, ["color"] = status.Color, ["weight"] = "Bolder" });
        var actions = new JArray();
        var data = new JObject { [TeamsDesk.HandoffKey] = handoff.HandoffId };
        if (status.CanAccept)
        {
            actions.Add(new JObject { ["type"] = "Action.Execute", ["title"] = "Accept", ["verb"] = TeamsDesk.AcceptVerb, ["data"] = data });
        }

        if (status.IsOpen)
        {
            actions.Add(new JObject { ["type"] = "Action.Execute", ["title"] = "View transcript", ["verb"] = TeamsDesk.TranscriptVerb, ["data"] = data });
            if (skills is { Count: > 0 })
            {
                actions.Add(TransferForm(data, skills));
            }
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

    // Transfer opens a small form: another skill's queue and a note for whoever takes it next.
    private static JObject TransferForm(JObject data, IReadOnlyList<string> skills) => new()
    {
        ["type"] = "Action.ShowCard",
        ["title"] = "Transfer",
        ["card"] = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["body"] = new JArray
            {
                new JObject
                {
                    ["type"] = "Input.ChoiceSet",
                    ["id"] = TeamsDesk.SkillKey,
                    ["label"] = "To the queue of",
                    ["isRequired"] = true,
                    ["choices"] = new JArray(skills.Select(s => new JObject { ["title"] = s, ["value"] = s })),
                },
                new JObject { ["type"] = "Input.Text", ["id"] = TeamsDesk.NoteKey, ["label"] = "Note for the next agent", ["isMultiline"] = true, ["maxLength"] = 2000 },
            },
            ["actions"] = new JArray(new JObject { ["type"] = "Action.Execute", ["title"] = "Transfer", ["verb"] = TeamsDesk.TransferVerb, ["data"] = data.DeepClone() }),
        },
    };

    private static JObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };
}
