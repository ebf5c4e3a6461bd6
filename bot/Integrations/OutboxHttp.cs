using System.Net.Http.Headers;
using System.Text;

namespace HandoffBot.Integrations;

/// <summary>
/// One JSON call of a connector (a webhook post, a helpdesk's REST call with Basic authentication and, for a create, an
/// idempotency key), read the outbox way; the answer's body comes back when it was delivered.
/// </summary>
internal static class OutboxHttp
{
    public const string ClientName = "integrations";

    public static async Task<(OutboxDelivery Delivery, string Body)> SendAsync(
        IHttpClientFactory httpClients,
        HttpMethod method,
        string url,
        string json,
        string? basicCredentials,
        string? idempotencyKey,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url);
        if (basicCredentials is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(basicCredentials)));
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        using var client = httpClients.CreateClient(ClientName);
        using var response = await client.SendAsync(request, cancellationToken);
        var delivery = await OutboxDelivery.FromResponseAsync(response, now, cancellationToken);
        return (delivery, delivery.Outcome == OutboxOutcome.Delivered ? await response.Content.ReadAsStringAsync(cancellationToken) : string.Empty);
    }
}
