using HandoffBot.Handoff;
using Microsoft.Extensions.Options;

namespace HandoffBot.Agents;

/// <summary>
/// Posts urgent handoffs to a Slack incoming webhook with Slack's documented payload: <c>text</c> (the notification
/// fallback) and <c>blocks</c> (a section with the reason and summary, a context line with priority, skill and tier).
/// </summary>
public sealed partial class SlackWebhookNotifier(IHttpClientFactory httpClients, IOptions<SlackNotifierOptions> options, ILogger<SlackWebhookNotifier> logger) : IHandoffNotifier
{
    public async Task NotifyOpenedAsync(HandoffCase handoff, bool urgent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        if (!urgent || string.IsNullOrWhiteSpace(options.Value.WebhookUrl))
        {
            return;
        }

        using var client = httpClients.CreateClient(nameof(SlackWebhookNotifier));
        client.Timeout = TimeSpan.FromSeconds(10);
        using var response = await client.PostAsJsonAsync(options.Value.WebhookUrl, Payload(handoff), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            LogRejected(logger, (int)response.StatusCode, handoff.HandoffId);
        }
    }

    internal static object Payload(HandoffCase handoff)
    {
        var tier = handoff.Customer?.Value<string>("tier") ?? "unknown";
        var name = handoff.Customer?.Value<string>("name") ?? "A customer";
        var text = $"Urgent handoff (priority {handoff.Priority}): {name} needs {handoff.Skill} ({handoff.Reason})";
        return new
        {
            text,
            blocks = new object[]
            {
                new { type = "section", text = new { type = "mrkdwn", text = $"*Urgent handoff* for *{handoff.Skill}*: {name}\n>{handoff.Summary}" } },
                new
                {
                    type = "context",
                    elements = new object[] { new { type = "mrkdwn", text = $"Priority {handoff.Priority} · {handoff.Reason} · tier {tier} · {handoff.HandoffId}" } },
                },
            },
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack webhook answered {StatusCode} for handoff {HandoffId}")]
    private static partial void LogRejected(ILogger logger, int statusCode, string handoffId);
}
