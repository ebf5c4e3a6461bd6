using System.Globalization;
using HandoffBot.Handoff;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Integrations;

/// <summary>
/// Urgent handoffs to a Microsoft Teams incoming webhook (<c>HandoffBot:Integrations:Teams:WebhookUrl</c>), through the
/// outbox: a message with one Adaptive Card (customer, tier, reason, priority, waiting since, summary, "Open the case").
/// </summary>
public sealed class TeamsWebhookConnector(IHttpClientFactory httpClients, IOptions<IntegrationsOptions> options, TimeProvider timeProvider) : IOutboxConnector
{
    public const string ConnectorName = "teams-webhook";

    public string Name => ConnectorName;

    public bool Enabled => options.Value.Teams.WebhookUrl is { IsAbsoluteUri: true };

    public Task<IReadOnlyList<OutboxRequest>> OnOpenedAsync(HandoffCase handoff, bool urgent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        IReadOnlyList<OutboxRequest> requests = urgent && Enabled
            ? [new OutboxRequest(Name, "notify", handoff.HandoffId, $"{Name}:opened:{handoff.HandoffId}", Payload(handoff, options.Value.CaseLink(handoff.HandoffId)))]
            : [];
        return Task.FromResult(requests);
    }

    public async Task<OutboxDelivery> DeliverAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var url = options.Value.Teams.WebhookUrl!.ToString();
        return (await OutboxHttp.SendAsync(httpClients, HttpMethod.Post, url, item.Payload, null, null, timeProvider.GetUtcNow(), cancellationToken)).Delivery;
    }

    internal static string Payload(HandoffCase handoff, Uri? link)
    {
        var name = handoff.Customer?.Value<string>("name") ?? "A customer";
        var since = handoff.CreatedUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        JObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };
        var card = new JObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.4",
            ["body"] = new JArray
            {
                new JObject { ["type"] = "TextBlock", ["text"] = $"Urgent handoff for {handoff.Skill}", ["weight"] = "Bolder", ["size"] = "Medium", ["color"] = "Attention", ["wrap"] = true },
                new JObject
                {
                    ["type"] = "FactSet",
                    ["facts"] = new JArray
                    {
                        Fact("Customer", name),
                        Fact("Tier", handoff.Customer?.Value<string>("tier") ?? "unknown"),
                        Fact("Reason", handoff.Reason),
                        Fact("Priority", handoff.Priority.ToString(CultureInfo.InvariantCulture)),
                        // Teams shows the time in the reader's own zone.
                        Fact("Waiting since", $"{{{{DATE({since}, SHORT)}}}} {{{{TIME({since})}}}}"),
                    },
                },
                new JObject { ["type"] = "TextBlock", ["text"] = handoff.Summary, ["wrap"] = true, ["isSubtle"] = true },
            },
        };
        if (link is not null)
        {
            card["actions"] = new JArray { new JObject { ["type"] = "Action.OpenUrl", ["title"] = "Open the case", ["url"] = link.ToString() } };
        }

        var message = new JObject
        {
            ["type"] = "message",
            ["attachments"] = new JArray { new JObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["contentUrl"] = null, ["content"] = card } },
        };
        return message.ToString(Newtonsoft.Json.Formatting.None);
    }
}
