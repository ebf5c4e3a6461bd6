using System.Text.Json;
using HandoffBot.Agents;
using HandoffBot.Handoff;
using Microsoft.Extensions.Options;

namespace HandoffBot.Integrations;

/// <summary>
/// Urgent handoffs to a Slack incoming webhook (<c>HandoffBot:Slack:WebhookUrl</c>), through the outbox, with Slack's
/// documented payload: <c>text</c> (the notification fallback) and <c>blocks</c> (a section with the reason, summary and
/// a link to the case, a context line with priority, reason, tier and case id).
/// </summary>
public sealed class SlackWebhookConnector(
    IHttpClientFactory httpClients, IOptions<SlackNotifierOptions> slack, IOptions<IntegrationsOptions> integrations, TimeProvider timeProvider)
    : IOutboxConnector
{
    public const string ConnectorName = "slack-webhook";

    public string Name => ConnectorName;

    public bool Enabled => Uri.TryCreate(slack.Value.WebhookUrl, UriKind.Absolute, out _);

    public Task<IReadOnlyList<OutboxRequest>> OnOpenedAsync(HandoffCase handoff, bool urgent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        IReadOnlyList<OutboxRequest> requests = urgent && Enabled
            ? [new OutboxRequest(Name, "notify", handoff.HandoffId, $"{Name}:opened:{handoff.HandoffId}", Payload(handoff, integrations.Value.CaseLink(handoff.HandoffId)))]
            : [];
        return Task.FromResult(requests);
    }

    public async Task<OutboxDelivery> DeliverAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var url = slack.Value.WebhookUrl!;
        return (await OutboxHttp.SendAsync(httpClients, HttpMethod.Post, url, item.Payload, null, null, timeProvider.GetUtcNow(), cancellationToken)).Delivery;
    }

    internal static string Payload(HandoffCase handoff, Uri? link)
    {
        var tier = handoff.Customer?.Value<string>("tier") ?? "unknown";
        var name = handoff.Customer?.Value<string>("name") ?? "A customer";
        var text = $"Urgent handoff (priority {handoff.Priority}): {name} needs {handoff.Skill} ({handoff.Reason})";
        var open = link is null ? string.Empty : $"\n<{link}|Open the case>";
        return JsonSerializer.Serialize(new
        {
            text,
            blocks = new object[]
            {
                new { type = "section", text = new { type = "mrkdwn", text = $"*Urgent handoff* for *{handoff.Skill}*: {name}\n>{handoff.Summary}{open}" } },
                new
                {
                    type = "context",
                    elements = new object[] { new { type = "mrkdwn", text = $"Priority {handoff.Priority} · {handoff.Reason} · tier {tier} · {handoff.HandoffId}" } },
                },
            },
        });
    }
}
