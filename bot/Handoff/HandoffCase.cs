using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Handoff;

/// <summary>
/// Everything a person needs to take over without asking the customer to repeat anything. It is the
/// <c>value</c> of the <c>handoff.initiate</c> event and the record the agent hub queues.
/// </summary>
public sealed record HandoffCase
{
    [JsonProperty("handoffId")]
    public required string HandoffId { get; init; }

    [JsonProperty("conversation")]
    public required ConversationReference Conversation { get; init; }

    /// <summary>The trigger that decided, first; then every other trigger that fired, with its evidence.</summary>
    [JsonProperty("triggers")]
    public required IReadOnlyList<FiredTrigger> Triggers { get; init; }

    [JsonProperty("reason")]
    public string Reason => Triggers.Count > 0 ? Triggers[0].Name : "unknown";

    /// <summary>0–100; higher is served first.</summary>
    [JsonProperty("priority")]
    public required int Priority { get; init; }

    [JsonProperty("skill")]
    public required string Skill { get; init; }

    /// <summary>The customer's profile as the CRM knows it (unknown customers included).</summary>
    [JsonProperty("customer")]
    public JObject? Customer { get; init; }

    [JsonProperty("tried")]
    public IReadOnlyList<AttemptRecord> Tried { get; init; } = [];

    /// <summary>Page or product context the channel sent (<c>channelData.page</c>).</summary>
    [JsonProperty("page")]
    public JToken? Page { get; init; }

    [JsonProperty("summary")]
    public required string Summary { get; init; }

    [JsonProperty("entities")]
    public IReadOnlyList<KeyEntity> Entities { get; init; } = [];

    [JsonProperty("createdUtc")]
    public required DateTimeOffset CreatedUtc { get; init; }
}
