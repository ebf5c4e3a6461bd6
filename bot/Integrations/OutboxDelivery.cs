using System.Net;

namespace HandoffBot.Integrations;

/// <summary>How one attempt to deliver an outbox item went: delivered, worth retrying (maybe not before a time), or refused for good.</summary>
public sealed record OutboxDelivery(OutboxOutcome Outcome, string? Error = null, TimeSpan? RetryAfter = null)
{
    public static OutboxDelivery Delivered { get; } = new(OutboxOutcome.Delivered);

    public static OutboxDelivery Retry(string error, TimeSpan? after = null) => new(OutboxOutcome.Retry, error, after);

    public static OutboxDelivery Refused(string error) => new(OutboxOutcome.Refused, error);

    /// <summary>
    /// A vendor's answer read the usual way: 2xx delivered; 408, 429 and 5xx worth retrying (after the vendor's
    /// Retry-After when it gives one); any other status refused for good, with the start of its body as the reason.
    /// </summary>
    public static async Task<OutboxDelivery> FromResponseAsync(HttpResponseMessage response, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.IsSuccessStatusCode)
        {
            return Delivered;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var error = $"{(int)response.StatusCode} {response.ReasonPhrase}: {(body.Length > 300 ? body[..300] : body)}".TrimEnd(' ', ':');
        var status = response.StatusCode;
        if (status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500)
        {
            var after = response.Headers.RetryAfter switch
            {
                { Delta: { } delta } => delta,
                { Date: { } date } => date - now,
                _ => (TimeSpan?)null,
            };
            return Retry(error, after is { } wait && wait > TimeSpan.Zero ? wait : null);
        }

        return Refused(error);
    }
}

/// <summary>See <see cref="OutboxDelivery"/>.</summary>
public enum OutboxOutcome
{
    Delivered,
    Retry,
    Refused,
}
