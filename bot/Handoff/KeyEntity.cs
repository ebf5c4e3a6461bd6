using Newtonsoft.Json;

namespace HandoffBot.Handoff;

/// <summary>A fact an agent needs at a glance, found in what the customer wrote.</summary>
public sealed record KeyEntity(
    [property: JsonProperty("type")] string Type,
    [property: JsonProperty("text")] string Text,
    [property: JsonProperty("value")] string Value);
