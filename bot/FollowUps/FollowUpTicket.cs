namespace HandoffBot.FollowUps;

/// <summary>
/// A case the team answers asynchronously: the customer asked to be emailed or called back, or left while waiting. It
/// carries the handoff case id and summary, so that the agent who picks it up has everything the bot had.
/// </summary>
public sealed record FollowUpTicket
{
    public const string Open = "open";

    public const string Closed = "closed";

    public const string ByEmail = "email";

    public const string ByCallback = "callback";

    /// <summary>No contact detail given: the team uses what the account has on file.</summary>
    public const string ByAccount = "none";

    /// <summary>"FU-0042".</summary>
    public required string Id { get; init; }

    public required string HandoffId { get; init; }

    public required string ChannelId { get; init; }

    public required string ConversationId { get; init; }

    public string? CustomerId { get; init; }

    public string? CustomerName { get; init; }

    public required string Skill { get; init; }

    /// <summary><see cref="ByEmail"/>, <see cref="ByCallback"/>, or <see cref="ByAccount"/>.</summary>
    public required string ContactMethod { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public DateTimeOffset? CallbackUtc { get; init; }

    /// <summary>Why the ticket exists: <see cref="FollowUpReasons"/>.</summary>
    public required string Reason { get; init; }

    public required string Summary { get; init; }

    public required string Status { get; init; }

    public required DateTimeOffset CreatedUtc { get; init; }

    public DateTimeOffset? ClosedUtc { get; init; }

    public string? ClosedBy { get; init; }
}
