using System.Globalization;
using System.Text;
using System.Text.Json;
using HandoffBot.Adapters.Http;
using Microsoft.AspNetCore.Http;

namespace HandoffBot.Adapters.DirectLine;

/// <summary>Small readers for what Direct Line requests carry: bounded bodies, watermarks, token parameters.</summary>
internal static class DirectLineRequest
{
    /// <summary>The body as text, or <c>TooLarge</c> as soon as it passes <paramref name="limit"/> bytes (never read whole).</summary>
    public static async Task<(string? Body, bool TooLarge)> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        var (body, tooLarge) = await RequestBody.ReadAsync(request, limit, cancellationToken).ConfigureAwait(false);
        return (body is null ? null : Encoding.UTF8.GetString(body), tooLarge);
    }

    /// <summary>A watermark: empty means "from the beginning"; otherwise a non-negative sequence number.</summary>
    public static bool TryParseWatermark(string? value, out long sequence)
    {
        sequence = 0;
        return string.IsNullOrWhiteSpace(value)
            || (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out sequence) && sequence >= 0);
    }

    /// <summary>The <c>user.id</c> of a <c>TokenParameters</c> body (<c>{"user":{"id":"dl_..."}}</c>), null when absent; false when the body is not JSON.</summary>
    public static bool TryReadUserId(string? body, out string? userId)
    {
        userId = null;
        if (string.IsNullOrWhiteSpace(body))
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("user", out var user)
                && user.ValueKind == JsonValueKind.Object
                && user.TryGetProperty("id", out var id)
                && id.ValueKind == JsonValueKind.String)
            {
                userId = id.GetString();
            }

            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The address the bot sees as <c>serviceUrl</c>: this endpoint's own base.</summary>
    public static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{DirectLineEndpoints.BasePath}";

    /// <summary>The WebSocket URL of a conversation's stream, authorised by the token in it.</summary>
    public static string StreamUrl(HttpRequest request, string conversationId, string token, string? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{request.Host}{request.PathBase}{DirectLineEndpoints.BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        return string.IsNullOrEmpty(watermark) ? url : $"{url}&watermark={Uri.EscapeDataString(watermark)}";
    }
}
