using System.Net.Http.Headers;
using System.Text;

namespace HandoffBot.Integrations;

/// <summary>One JSON call to a helpdesk's REST API with Basic authentication, read the outbox way; the answer's body comes back for a create.</summary>
internal static class HelpdeskHttp
{
    public static async Task<(OutboxDelivery Delivery, string Body)> SendAsync(
        IHttpClientFactory httpClients,
        HttpMethod method,
        string url,
        string basicCredentials,
        string json,
        string? idempotencyKey,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(basicCredentials)));
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        using var client = httpClients.CreateClient(WebhookPost.ClientName);
        using var response = await client.SendAsync(request, cancellationToken);
        var delivery = await OutboxDelivery.FromResponseAsync(response, now, cancellationToken);
        return (delivery, delivery.Outcome == OutboxOutcome.Delivered ? await response.Content.ReadAsStringAsync(cancellationToken) : string.Empty);
    }
}
