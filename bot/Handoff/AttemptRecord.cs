using HandoffBot.Dialogs.Signals;
using Newtonsoft.Json;

namespace HandoffBot.Handoff;

/// <summary>Something the bot tried for the customer, and how it ended: agents see it, so nobody tries it twice.</summary>
public sealed record AttemptRecord(
    [property: JsonProperty("tried")] string Tried,
    [property: JsonProperty("topic")] string? Topic,
    [property: JsonProperty("outcome")] AttemptOutcome? Outcome,
    [property: JsonProperty("turn")] int Turn);
