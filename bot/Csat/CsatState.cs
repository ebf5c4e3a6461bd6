using Newtonsoft.Json;

namespace HandoffBot.Csat;

/// <summary>The survey on the table, kept in ConversationState: which handoff the next reply rates.</summary>
public sealed class CsatState
{
    [JsonProperty("pendingHandoffId")]
    public string? PendingHandoffId { get; set; }
}
