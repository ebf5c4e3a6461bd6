using Newtonsoft.Json;

namespace HandoffBot.Handoff;

/// <summary>One rule that fired, on what evidence, with what weight: the unit of every explanation.</summary>
public sealed record FiredTrigger(
    [property: JsonProperty("name")] string Name,
    [property: JsonProperty("kind")] TriggerKind Kind,
    [property: JsonProperty("evidence")] string Evidence,
    [property: JsonProperty("score")] double Score,
    [property: JsonProperty("skill")] string? Skill);
