using Microsoft.AspNetCore.Http;

namespace HandoffBot.Adapters.Http;

/// <summary>Request bodies read with a bound: a client cannot make an endpoint buffer more than it accepts.</summary>
internal static class RequestBody
{
    /// <summary>The body's bytes, or <c>TooLarge</c> as soon as it passes <paramref name="limit"/> bytes (never read whole).</summary>
    public static async Task<(byte[]? Body, bool TooLarge)> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return (null, true);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return (null, true);
            }

            await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }

        return (buffer.ToArray(), false);
    }
}
