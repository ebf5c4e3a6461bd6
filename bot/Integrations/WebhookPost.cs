using System.Net.Http.Headers;
using System.Text;

namespace HandoffBot.Integrations;

/// <summary>Posts a recorded JSON body to a webhook and reads the answer the outbox way.</summary>
internal static class WebhookPost
{
    public const string ClientName = "integrations";

    public static async Task<OutboxDelivery> SendAsync(
        IHttpClientFactory httpClients, Uri url, string json, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var client = httpClients.CreateClient(ClientName);
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await client.PostAsync(url, content, cancellationToken);
        return await OutboxDelivery.FromResponseAsync(response, now, cancellationToken);
    }
}
