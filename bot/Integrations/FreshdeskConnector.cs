using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using HandoffBot.Agents;
using HandoffBot.Handoff;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace HandoffBot.Integrations;

/// <summary>
/// Freshdesk Tickets API v2 (<c>HandoffBot:Integrations:Freshdesk</c>): each handoff creates a ticket (requester by
/// email, or by the channel's user id for a customer the CRM does not know; subject; the masked transcript with the reason
/// as the HTML description; priority; skill and trigger as tags); the agent's replies become private notes and the
/// resolution a note and status Resolved. Basic authentication <c>{api_key}:X</c>.
/// </summary>
public sealed class FreshdeskConnector(
    IHttpClientFactory httpClients,
    IOptions<IntegrationsOptions> options,
    ITranscriptStore transcripts,
    SqliteIntegrationTickets tickets,
    TimeProvider timeProvider) : IOutboxConnector
{
    public const string ConnectorName = "freshdesk";

    private const string Note = "add-note";
    private const string Resolve = "resolve-ticket";

    // Freshdesk's numbers: priority 1 low … 4 urgent; status 2 open, 4 resolved.
    private const int Open = 2;
    private const int Resolved = 4;

    public string Name => ConnectorName;

    public bool Enabled => Freshdesk.IsConfigured;

    private FreshdeskOptions Freshdesk => options.Value.Freshdesk;

    public async Task<IReadOnlyList<OutboxRequest>> OnOpenedAsync(HandoffCase handoff, bool urgent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        var transcript = await CaseViewReader.TranscriptAsync(transcripts, handoff, cancellationToken);
        var ticket = new JsonObject
        {
            ["subject"] = HelpdeskText.Subject(handoff),
            ["description"] = Html(HelpdeskText.FirstComment(handoff, transcript, options.Value.CaseLink(handoff.HandoffId))),
            ["priority"] = handoff.Priority switch { >= 90 => 4, >= 70 => 3, >= 40 => 2, _ => 1 },
            ["status"] = Open,
            ["tags"] = new JsonArray([.. HelpdeskText.Tags(handoff).Select(t => (JsonNode)t)]),
        };
        var requester = HelpdeskText.Requester(handoff);
        ticket["name"] = requester?.Name ?? "Customer";
        if (requester is { Email: { } email })
        {
            ticket["email"] = email;
        }
        else
        {
            ticket["unique_external_id"] = $"{handoff.Conversation.ChannelId}:{handoff.Conversation.User?.Id ?? handoff.HandoffId}";
        }

        return [new OutboxRequest(Name, HelpdeskApi.Create, handoff.HandoffId, $"{Name}:create:{handoff.HandoffId}", ticket.ToJsonString())];
    }

    public IEnumerable<OutboxRequest> OnAgentMessage(HandoffCase handoff, long seq, string agentName, string text)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        yield return NoteRequest(handoff, $"comment:{seq.ToString(CultureInfo.InvariantCulture)}", $"{agentName} (to the customer, in HandoffBot): {text}");
    }

    public IEnumerable<OutboxRequest> OnFollowUp(HandoffCase handoff, string ticketId, string followUp)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        yield return NoteRequest(handoff, $"follow-up:{ticketId}", followUp);
    }

    public IEnumerable<OutboxRequest> OnResolved(HandoffCase handoff, string agentName, string disposition)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        yield return NoteRequest(handoff, "resolution-note", $"Resolved in HandoffBot by {agentName}: {disposition}.");
        yield return new OutboxRequest(Name, Resolve, handoff.HandoffId, $"{Name}:resolve:{handoff.HandoffId}", new JsonObject { ["status"] = Resolved }.ToJsonString());
    }

    public Task<OutboxDelivery> DeliverAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var baseUrl = Freshdesk.BaseUrl!.GetLeftPart(UriPartial.Authority);
        var api = new HelpdeskApi(
            Name,
            $"{Freshdesk.ApiKey}:X",
            $"{baseUrl}/api/v2/tickets",
            CreateTakesIdempotencyKey: false,
            created => created.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture),
            id => new Uri($"{baseUrl}/a/tickets/{id}"),
            (call, id) => call.Operation == Note ? (HttpMethod.Post, $"{baseUrl}/api/v2/tickets/{id}/notes") : (HttpMethod.Put, $"{baseUrl}/api/v2/tickets/{id}"));
        return api.DeliverAsync(httpClients, tickets, item, timeProvider.GetUtcNow(), cancellationToken);
    }

    private OutboxRequest NoteRequest(HandoffCase handoff, string what, string text) =>
        new(Name, Note, handoff.HandoffId, $"{Name}:{what}:{handoff.HandoffId}", new JsonObject { ["body"] = Html(text), ["private"] = true }.ToJsonString());

    // Freshdesk's description and notes are HTML: the text escaped, its lines kept.
    private static string Html(string text) => string.Join("<br>", text.Split('\n').Select(line => WebUtility.HtmlEncode(line.TrimEnd('\r'))));
}
