using System.Text.Json;

namespace HandoffBot.Integrations;

/// <summary>
/// What differs between helpdesks for the outbox's ticket calls: credentials, where tickets are created and how the
/// answer names the new one, where an agent opens it, and where a later call about it goes. <see cref="DeliverAsync"/>
/// is the one way a ticket's calls are made: the create stores the vendor's id with the case; every later call finds it
/// there (the outbox sends a case's items in order, so the create came first).
/// </summary>
internal sealed record HelpdeskApi(
    string Connector,
    string Credentials,
    string CreateUrl,
    bool CreateTakesIdempotencyKey,
    Func<JsonElement, string> CreatedId,
    Func<string, Uri> Link,
    Func<OutboxItem, string, (HttpMethod Method, string Url)> Target)
{
    public const string Create = "create-ticket";

    public async Task<OutboxDelivery> DeliverAsync(
        IHttpClientFactory httpClients, SqliteIntegrationTickets tickets, OutboxItem item, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Operation == Create)
        {
            var key = CreateTakesIdempotencyKey ? item.IdempotencyKey : null;
            var (created, body) = await OutboxHttp.SendAsync(httpClients, HttpMethod.Post, CreateUrl, item.Payload, Credentials, key, now, cancellationToken);
            if (created.Outcome == OutboxOutcome.Delivered)
            {
                using var answer = JsonDocument.Parse(body);
                var id = CreatedId(answer.RootElement);
                await tickets.SaveAsync(Connector, item.HandoffId!, id, Link(id), cancellationToken);
            }

            return created;
        }

        if (await tickets.FindAsync(Connector, item.HandoffId!, cancellationToken) is not { } ticket)
        {
            return OutboxDelivery.Refused($"No {Connector} ticket is known for this case.");
        }

        var (method, url) = Target(item, Uri.EscapeDataString(ticket.TicketId));
        return (await OutboxHttp.SendAsync(httpClients, method, url, item.Payload, Credentials, null, now, cancellationToken)).Delivery;
    }
}
