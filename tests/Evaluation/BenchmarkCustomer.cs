using System.Net.Http.Headers;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace HandoffBot.Evaluation;

/// <summary>What the benchmarks share: a customer's message posted to <c>/api/messages</c> as a channel would, and percentiles.</summary>
internal static class BenchmarkCustomer
{
    public static async Task PostAsync(HttpClient http, Uri address, ServiceUrlListener listener, string conversationId, string text, CancellationToken cancellationToken)
    {
        var activity = new Activity(ActivityTypes.Message)
        {
            Id = Guid.NewGuid().ToString(),
            ChannelId = "webchat",
            ServiceUrl = listener.BaseAddress.ToString().TrimEnd('/'),
            Conversation = new ConversationAccount(id: conversationId),
            From = new ChannelAccount("bench-" + conversationId[..8], "Customer", RoleTypes.User),
            Recipient = new ChannelAccount("bot", "Bot", RoleTypes.Bot),
            Text = text,
            Timestamp = DateTimeOffset.UtcNow,
            Locale = "en-US",
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, "api/messages"))
        {
            Content = new StringContent(JsonConvert.SerializeObject(activity), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The nearest-rank percentile of <paramref name="values"/> (not empty).</summary>
    public static double Percentile(IEnumerable<double> values, int percentile)
    {
        var sorted = values.Order().ToArray();
        var index = (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }
}
