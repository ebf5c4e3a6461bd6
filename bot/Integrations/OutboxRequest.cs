namespace HandoffBot.Integrations;

/// <summary>What a connector asks the outbox to send; <see cref="IdempotencyKey"/> makes a second request for the same thing a no-op.</summary>
public sealed record OutboxRequest(string Connector, string Operation, string? HandoffId, string IdempotencyKey, string Payload);
