using System.Globalization;
using System.Text.Json.Nodes;
using HandoffBot.Agents;
using HandoffBot.Handoff;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace HandoffBot.Integrations;

/// <summary>
/// Zendesk Tickets API (<c>HandoffBot:Integrations:Zendesk</c>): each handoff creates a ticket (requester by email,
/// subject, the masked transcript with the reason and its evidence as the first, private comment, priority, skill and
/// trigger as tags, the case id as <c>external_id</c>); the agent's replies in HandoffBot become private comments and the
/// resolution solves it. Basic authentication <c>{email}/token:{api_token}</c>; ticket creation carries the outbox
/// item's idempotency key, so a retried create makes one ticket.
/// </summary>
public sealed class ZendeskConnector(
    IHttpClientFactory httpClients,
    IOptions<IntegrationsOptions> options,
    ITranscriptStore transcripts,
    SqliteIntegrationTickets tickets,
    TimeProvider timeProvider) : IOutboxConnector
{
    public const string ConnectorName = "zendesk";

    private const string Update = "update-ticket";

    public string Name => ConnectorName;

    public bool Enabled => Zendesk.IsConfigured;

    private ZendeskOptions Zendesk => options.Value.Zendesk;

    public async Task<IReadOnlyList<OutboxRequest>> OnOpenedAsync(HandoffCase handoff, bool urgent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        var transcript = await CaseViewReader.TranscriptAsync(transcripts, handoff, cancellationToken);
        var ticket = new JsonObject
        {
            ["subject"] = HelpdeskText.Subject(handoff),
            ["comment"] = new JsonObject { ["body"] = HelpdeskText.FirstComment(handoff, transcript, options.Value.CaseLink(handoff.HandoffId)), ["public"] = false },
            ["priority"] = handoff.Priority switch { >= 90 => "urgent", >= 70 => "high", >= 40 => "normal", _ => "low" },
            ["tags"] = new JsonArray([.. HelpdeskText.Tags(handoff).Select(t => (JsonNode)t)]),
            ["external_id"] = handoff.HandoffId,
        };
        if (HelpdeskText.Requester(handoff) is { Email: { } email } requester)
        {
            ticket["requester"] = new JsonObject { ["name"] = requester.Name, ["email"] = email };
        }

        return [new OutboxRequest(Name, HelpdeskApi.Create, handoff.HandoffId, $"{Name}:create:{handoff.HandoffId}", new JsonObject { ["ticket"] = ticket }.ToJsonString())];
    }

    public IEnumerable<OutboxRequest> OnAgentMessage(HandoffCase handoff, long seq, string agentName, string text)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        yield return UpdateRequest(handoff, $"comment:{seq.ToString(CultureInfo.InvariantCulture)}", $"{agentName} (to the customer, in HandoffBot): {text}", null);
    }

    public IEnumerable<OutboxRequest> OnFollowUp(HandoffCase handoff, string ticketId, string followUp)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        yield return UpdateRequest(handoff, $"follow-up:{ticketId}", followUp, null);
    }

    public IEnumerable<OutboxRequest> OnResolved(HandoffCase handoff, string agentName, string disposition)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        yield return UpdateRequest(handoff, "solve", $"Resolved in HandoffBot by {agentName}: {disposition}.", "solved");
    }

    public Task<OutboxDelivery> DeliverAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var baseUrl = Zendesk.BaseUrl!.GetLeftPart(UriPartial.Authority);
        var api = new HelpdeskApi(
            Name,
            $"{Zendesk.Email}/token:{Zendesk.ApiToken}",
            $"{baseUrl}/api/v2/tickets.json",
            CreateTakesIdempotencyKey: true,
            created => created.GetProperty("ticket").GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture),
            id => new Uri($"{baseUrl}/agent/tickets/{id}"),
            (_, id) => (HttpMethod.Put, $"{baseUrl}/api/v2/tickets/{id}.json"));
        return api.DeliverAsync(httpClients, tickets, item, timeProvider.GetUtcNow(), cancellationToken);
    }

    private OutboxRequest UpdateRequest(HandoffCase handoff, string what, string comment, string? status)
    {
        var ticket = new JsonObject { ["comment"] = new JsonObject { ["body"] = comment, ["public"] = false } };
        if (status is not null)
        {
            ticket["status"] = status;
        }

        return new OutboxRequest(Name, Update, handoff.HandoffId, $"{Name}:{what}:{handoff.HandoffId}", new JsonObject { ["ticket"] = ticket }.ToJsonString());
    }
}
