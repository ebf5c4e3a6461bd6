using Newtonsoft.Json;

namespace HandoffBot.Csat;

/// <summary>The survey on the table, kept in ConversationState: which handoff the next reply rates.</summary>
public sealed class CsatState
{
    /// <summary>The handoff the next reply rates; <see cref="CsatRating.AiOnly"/> when it rates the bot alone.</summary>
    [JsonProperty("pendingHandoffId")]
    public string? PendingHandoffId { get; set; }

    /// <summary>The bot asked once in this conversation how it did; it never asks again.</summary>
    [JsonProperty("aiOnlyAsked")]
    public bool AiOnlyAsked { get; set; }
}
