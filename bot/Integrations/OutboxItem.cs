namespace HandoffBot.Integrations;

/// <summary>
/// One outbound call to an integration, recorded before it is made: which connector sends it, what it does
/// (<c>notify</c>, <c>create-ticket</c>, …), the case it belongs to, the key that makes it happen once, and the request
/// body. Items of one connector and case are delivered in order.
/// </summary>
public sealed record OutboxItem(
    long Id,
    string Connector,
    string Operation,
    string? HandoffId,
    string IdempotencyKey,
    string Payload,
    string Status,
    int Attempts,
    DateTimeOffset NextAttemptUtc,
    string? LastError,
    DateTimeOffset CreatedUtc,
    DateTimeOffset? DeliveredUtc);
