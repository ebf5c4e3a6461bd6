using Newtonsoft.Json;

namespace HandoffBot.Handoff;

/// <summary>The value of a <c>handoff.decision</c> trace: what was decided for this message, and why.</summary>
public sealed record HandoffDecisionTrace(
    [property: JsonProperty("action")] string Action,
    [property: JsonProperty("triggers")] IReadOnlyList<FiredTrigger> Triggers,
    [property: JsonProperty("priority")] int Priority,
    [property: JsonProperty("priorityBreakdown")] string PriorityBreakdown,
    [property: JsonProperty("skill")] string? Skill,
    [property: JsonProperty("topMatch")] string? TopMatch,
    [property: JsonProperty("frustration")] double Frustration);
