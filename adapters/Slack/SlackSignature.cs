using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace HandoffBot.Adapters.Slack;

/// <summary>
/// Slack's request signing: <c>X-Slack-Signature</c> is <c>v0=</c> and the hex HMAC-SHA256 of
/// <c>v0:{X-Slack-Request-Timestamp}:{body}</c> with the app's signing secret. Compared in constant time; a timestamp
/// outside the replay window is refused whatever the signature.
/// </summary>
public sealed class SlackSignature(IOptions<SlackOptions> options, TimeProvider timeProvider)
{
    public const string SignatureHeader = "X-Slack-Signature";

    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    private const string Version = "v0";

    /// <summary>Null when the request is Slack's; otherwise why it is not, for the 401's message.</summary>
    public string? Verify(string? timestamp, string? signature, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return $"The request is not signed: {SignatureHeader} and {TimestampHeader} are required.";
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return $"{TimestampHeader} is not a Unix time.";
        }

        var age = timeProvider.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799));
        if (age.Duration() > options.Value.ReplayWindow)
        {
            return $"{TimestampHeader} is outside the {options.Value.ReplayWindow.TotalMinutes:0}-minute window; the request may be a replay.";
        }

        var expected = Encoding.ASCII.GetBytes(Sign(timestamp, body));
        var actual = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? null : $"{SignatureHeader} does not match the request.";
    }

    /// <summary>The signature Slack sends for <paramref name="body"/> at <paramref name="timestamp"/> (tests sign their requests with it).</summary>
    public string Sign(string timestamp, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var secret = Encoding.UTF8.GetBytes(options.Value.SigningSecret ?? string.Empty);
        var prefix = Encoding.UTF8.GetBytes($"{Version}:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message, prefix.Length);
        return $"{Version}=" + Convert.ToHexStringLower(HMACSHA256.HashData(secret, message));
    }
}
