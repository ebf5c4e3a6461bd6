using Newtonsoft.Json.Linq;

namespace HandoffBot.Handoff;

/// <summary>What the middleware decided: why, how urgent, for whom, and what the bot had already tried.</summary>
public sealed record HandoffRequest(
    IReadOnlyList<FiredTrigger> Triggers,
    int Priority,
    string Skill,
    JObject? Customer,
    IReadOnlyList<AttemptRecord> Tried);
