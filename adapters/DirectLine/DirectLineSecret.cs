using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HandoffBot.Adapters.DirectLine;

/// <summary>
/// The site secret: the configured one, or one generated at first start and stored, so that tokens issued before a
/// restart stay valid after it. Also derives the key that signs conversation tokens.
/// </summary>
public sealed partial class DirectLineSecret(IOptions<DirectLineOptions> options, IDirectLineStore store, ILogger<DirectLineSecret> logger)
{
    private const string SettingName = "directline.secret";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Secret, byte[] SigningKey)? _loaded;

    /// <summary>The secret (generated and stored on first use when none is configured).</summary>
    public async Task<string> GetAsync(CancellationToken cancellationToken) => (await LoadAsync(cancellationToken).ConfigureAwait(false)).Secret;

    /// <summary>The HMAC key for tokens: derived from the secret, so changing the secret invalidates every token.</summary>
    public async Task<byte[]> GetSigningKeyAsync(CancellationToken cancellationToken) => (await LoadAsync(cancellationToken).ConfigureAwait(false)).SigningKey;

    /// <summary>True when <paramref name="candidate"/> is the secret (compared in constant time).</summary>
    public async Task<bool> IsSecretAsync(string candidate, CancellationToken cancellationToken)
    {
        var secret = await GetAsync(cancellationToken).ConfigureAwait(false);
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), Encoding.UTF8.GetBytes(secret));
    }

    private async Task<(string Secret, byte[] SigningKey)> LoadAsync(CancellationToken cancellationToken)
    {
        if (_loaded is { } loaded)
        {
            return loaded;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_loaded is { } again)
            {
                return again;
            }

            var secret = options.Value.Secret;
            if (string.IsNullOrWhiteSpace(secret))
            {
                var generated = Base64Url(RandomNumberGenerator.GetBytes(32));
                secret = await store.GetOrAddSettingAsync(SettingName, generated, cancellationToken).ConfigureAwait(false);
                if (secret == generated)
                {
                    LogGenerated(logger);
                }
            }

            var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), "handoffbot.directline.token.v1"u8);
            _loaded = (secret, key);
            return (secret, key);
        }
        finally
        {
            _gate.Release();
        }
    }

    internal static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [LoggerMessage(Level = LogLevel.Information, Message = "Direct Line: no HandoffBot:DirectLine:Secret configured, so one was generated and stored in the database. The built-in page needs nothing more; set your own secret to call /v3/directline/tokens/generate from your site's backend.")]
    private static partial void LogGenerated(ILogger logger);
}
