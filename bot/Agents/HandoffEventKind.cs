namespace HandoffBot.Agents;

/// <summary>The moments of a handoff that are measured (<see cref="HandoffEventLog"/>).</summary>
public static class HandoffEventKind
{
    public const string Created = "created";

    public const string Offered = "offered";

    public const string OfferExpired = "offer_expired";

    public const string Accepted = "accepted";

    public const string FirstAgentMessage = "first_agent_message";

    public const string Transferred = "transferred";

    public const string Resolved = "resolved";

    /// <summary>The customer's rating after the handoff; <c>data</c> is <c>{"rating": 1-5}</c>.</summary>
    public const string Csat = "csat";
}
