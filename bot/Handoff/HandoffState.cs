using Newtonsoft.Json;

namespace HandoffBot.Handoff;

/// <summary>The handoff middleware's memory of a conversation, kept in ConversationState as plain JSON.</summary>
public sealed class HandoffState
{
    [JsonProperty("status")]
    public HandoffStatus Status { get; set; }

    /// <summary>The open handoff, while <see cref="Status"/> is Waiting or Accepted.</summary>
    [JsonProperty("handoffId")]
    public string? HandoffId { get; set; }

    /// <summary>Customer messages seen so far (the turn clock for offers and loops).</summary>
    [JsonProperty("turn")]
    public int Turn { get; set; }

    /// <summary>The triggers behind the offer on the table, handed over if the customer says yes.</summary>
    [JsonProperty("offer")]
    public List<FiredTrigger> Offer { get; set; } = [];

    [JsonProperty("offerPriority")]
    public int OfferPriority { get; set; }

    /// <summary>When the customer last said no to a person, and how strong that offer was.</summary>
    [JsonProperty("refusedAtTurn")]
    public int? RefusedAtTurn { get; set; }

    [JsonProperty("refusedPriority")]
    public int RefusedPriority { get; set; }

    /// <summary>Failed attempts per problem topic, for loop detection.</summary>
    [JsonProperty("failures")]
    public Dictionary<string, int> FailuresByTopic { get; set; } = [];

    /// <summary>True once a person was brought into this conversation (whatever became of it).</summary>
    [JsonProperty("handedOff")]
    public bool HandedOff { get; set; }

    /// <summary>What the bot tried, in order.</summary>
    [JsonProperty("tried")]
    public List<AttemptRecord> Tried { get; set; } = [];

    /// <summary>The last questions the bot could not answer, to recognise the same question asked in other words.</summary>
    [JsonProperty("declined")]
    public List<string> DeclinedQuestions { get; set; } = [];

    /// <summary>Frustration of the last messages, oldest first, for the trend.</summary>
    [JsonProperty("frustration")]
    public List<double> Frustration { get; set; } = [];
}
