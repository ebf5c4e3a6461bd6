using System.Text.Json.Nodes;
using HandoffBot.Integrations;

namespace HandoffBot.Agents;

/// <summary>Everything about one case an agent needs, so the customer never repeats themselves (<c>GET /api/agent/cases/{id}</c>).</summary>
public sealed record CaseView(
    QueueItem Case,
    string Status,
    JsonNode? Customer,
    IReadOnlyList<TriggerView> Triggers,
    IReadOnlyList<AttemptView> Tried,
    JsonNode? Page,
    string Summary,
    IReadOnlyList<EntityView> Entities,
    IReadOnlyList<TranscriptLine> Transcript,
    IReadOnlyList<CaseMessage> Messages,
    IReadOnlyList<IntegrationTicket> Tickets);
