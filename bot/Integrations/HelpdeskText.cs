using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HandoffBot.Agents;
using HandoffBot.Handoff;

namespace HandoffBot.Integrations;

/// <summary>How a case reads in a helpdesk ticket, the same for every helpdesk: subject, first comment, tags, requester.</summary>
public static partial class HelpdeskText
{
    public static string Subject(HandoffCase handoff)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        var who = handoff.Customer?.Value<string>("name") ?? "a customer";
        var subject = $"{handoff.Reason} ({handoff.Skill}): {who}";
        return subject.Length > 150 ? subject[..150] : subject;
    }

    /// <summary>The reason and its evidence, the rest of the context, and the conversation with the bot (masked as stored).</summary>
    public static string FirstComment(HandoffCase handoff, IReadOnlyList<TranscriptLine> transcript, Uri? caseLink)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        ArgumentNullException.ThrowIfNull(transcript);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"HandoffBot handed this conversation to a person ({handoff.Conversation.ChannelId}, case {handoff.HandoffId}).");
        foreach (var trigger in handoff.Triggers)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Why: {trigger.Name} ({trigger.Kind}): {trigger.Evidence}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Priority {handoff.Priority}, skill {handoff.Skill}, tier {handoff.Customer?.Value<string>("tier") ?? "unknown"}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Summary: {handoff.Summary}");
        foreach (var tried in handoff.Tried)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"The bot tried: {tried.Tried}{(tried.Outcome is { } outcome ? $" ({outcome})" : string.Empty)}");
        }

        if (handoff.Page is { Type: not Newtonsoft.Json.Linq.JTokenType.Null } page)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Page: {page.ToString(Newtonsoft.Json.Formatting.None)}");
        }

        if (caseLink is not null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Open the case: {caseLink}");
        }

        text.AppendLine().AppendLine("Conversation with the bot (personal data masked):");
        foreach (var line in transcript)
        {
            var at = line.Timestamp is { } time ? time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) + " " : string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture, $"{at}{(line.Role == "bot" ? "Bot" : "Customer")}: {line.Text}");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary><c>handoffbot</c>, the skill and the deciding trigger, as tags any helpdesk accepts (lowercase, no spaces).</summary>
    public static IReadOnlyList<string> Tags(HandoffCase handoff)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        return ["handoffbot", Tag("skill_" + handoff.Skill), Tag("trigger_" + handoff.Reason)];
    }

    /// <summary>The customer as the CRM knows them; no email for an unknown customer.</summary>
    public static (string Name, string? Email)? Requester(HandoffCase handoff)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        return handoff.Customer is { } customer ? (customer.Value<string>("name") ?? "Customer", customer.Value<string>("email")) : null;
    }

    private static string Tag(string text) => NotTagCharacters().Replace(text.ToLowerInvariant(), "_");

    [GeneratedRegex("[^a-z0-9_-]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotTagCharacters();
}
