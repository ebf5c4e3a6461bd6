using HandoffBot.Handoff;

namespace HandoffBot.Agents;

/// <summary>A case as the queue sees it: the handoff, where it is in assignment, who holds it, and what it gained while waiting.</summary>
public sealed record QueuedCase(
    HandoffCase Case,
    string Status,
    string Assignment,
    string? AgentId,
    string? OfferedTo,
    DateTimeOffset? OfferedUtc,
    DateTimeOffset? AcceptedUtc,
    int Boost,
    IReadOnlyList<string> Passed)
{
    public const string Queued = "queued";

    public const string Offered = "offered";

    public const string Accepted = "accepted";

    public bool IsOpen => Status == "open";

    public string HandoffId => Case.HandoffId;
}
