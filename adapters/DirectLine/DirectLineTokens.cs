using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace HandoffBot.Adapters.DirectLine;

/// <summary>
/// Issues and reads conversation tokens: <c>base64url(payload).base64url(HMAC-SHA256(payload))</c>, short-lived and
/// bound to one conversation. Stateless, so any number of tokens can be outstanding and a restart keeps them valid.
/// </summary>
public sealed class DirectLineTokens(DirectLineSecret secret, IOptions<DirectLineOptions> options, TimeProvider timeProvider)
{
    /// <summary>A fresh token for <paramref name="conversationId"/> (and the user baked into it, if any).</summary>
    public async Task<DirectLineToken> IssueAsync(string conversationId, string? userId, CancellationToken cancellationToken)
    {
        var expires = timeProvider.GetUtcNow() + options.Value.TokenLifetime;
        var payload = new Payload(conversationId, userId, expires.ToUnixTimeSeconds(), DirectLineSecret.Base64Url(RandomNumberGenerator.GetBytes(9)));
        var body = DirectLineSecret.Base64Url(JsonSerializer.SerializeToUtf8Bytes(payload));
        var signature = await SignAsync(body, cancellationToken).ConfigureAwait(false);
        return new DirectLineToken($"{body}.{signature}", conversationId, userId, DateTimeOffset.FromUnixTimeSeconds(payload.Expires));
    }

    /// <summary>Reads a presented token; the token is returned for <see cref="DirectLineTokenStatus.Valid"/> and <see cref="DirectLineTokenStatus.Expired"/>.</summary>
    public async Task<(DirectLineTokenStatus Status, DirectLineToken? Token)> ReadAsync(string value, CancellationToken cancellationToken)
    {
        var dot = value.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == value.Length - 1)
        {
            return (DirectLineTokenStatus.Invalid, null);
        }

        var body = value[..dot];
        var expected = Encoding.ASCII.GetBytes(await SignAsync(body, cancellationToken).ConfigureAwait(false));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(value[(dot + 1)..])))
        {
            return (DirectLineTokenStatus.Invalid, null);
        }

        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<Payload>(FromBase64Url(body));
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            return (DirectLineTokenStatus.Invalid, null);
        }

        if (payload is null || string.IsNullOrEmpty(payload.ConversationId))
        {
            return (DirectLineTokenStatus.Invalid, null);
        }

        var token = new DirectLineToken(value, payload.ConversationId, payload.UserId, DateTimeOffset.FromUnixTimeSeconds(payload.Expires));
        return (token.ExpiresUtc <= timeProvider.GetUtcNow() ? DirectLineTokenStatus.Expired : DirectLineTokenStatus.Valid, token);
    }

    /// <summary>Seconds until <paramref name="token"/> expires (the <c>expires_in</c> clients see).</summary>
    public int ExpiresIn(DirectLineToken token) =>
        (int)Math.Max(0, Math.Round((token.ExpiresUtc - timeProvider.GetUtcNow()).TotalSeconds));

    private async Task<string> SignAsync(string body, CancellationToken cancellationToken)
    {
        var key = await secret.GetSigningKeyAsync(cancellationToken).ConfigureAwait(false);
        return DirectLineSecret.Base64Url(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(body)));
    }

    private static byte[] FromBase64Url(string value)
    {
        var base64 = value.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
    }

    private sealed record Payload(
        [property: JsonPropertyName("c")] string ConversationId,
        [property: JsonPropertyName("u")] string? UserId,
        [property: JsonPropertyName("x")] long Expires,
        [property: JsonPropertyName("n")] string Nonce);
}
