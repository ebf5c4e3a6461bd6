using System.Collections.Concurrent;

namespace HandoffBot.Language;

/// <summary>
/// Article texts already embedded, process-wide. The model is deterministic, so a text's vector never changes: a
/// rebuild after one article was edited embeds only that article, and a second host in the same process (tests)
/// embeds nothing. Bounded, so a huge knowledge base cannot grow it without limit.
/// </summary>
public static class EmbeddingCache
{
    private const int MaxEntries = 50_000;

    /// <summary>Texts per model call: large enough to amortise the call, small enough to keep padding cheap.</summary>
    private const int BatchSize = 64;

    private static readonly ConcurrentDictionary<string, float[]> Vectors = new(StringComparer.Ordinal);

    public static IReadOnlyList<float[]> Encode(ISentenceEncoder encoder, IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(texts);
        var missing = texts.Distinct(StringComparer.Ordinal).Where(t => !Vectors.ContainsKey(t)).ToList();
        var fresh = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (var start = 0; start < missing.Count; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = missing.GetRange(start, Math.Min(BatchSize, missing.Count - start));
            var vectors = encoder.EncodeBatch(batch);
            for (var i = 0; i < batch.Count; i++)
            {
                fresh[batch[i]] = vectors[i];
                if (Vectors.Count < MaxEntries)
                {
                    Vectors.TryAdd(batch[i], vectors[i]);
                }
            }
        }

        return [.. texts.Select(t => fresh.TryGetValue(t, out var v) ? v : Vectors[t])];
    }

    /// <summary>Embeds texts in batches without keeping them (queries: each is seen once).</summary>
    public static IReadOnlyList<float[]> EncodeUncached(ISentenceEncoder encoder, IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(texts);
        var result = new List<float[]>(texts.Count);
        for (var start = 0; start < texts.Count; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result.AddRange(encoder.EncodeBatch([.. texts.Skip(start).Take(BatchSize)]));
        }

        return result;
    }
}
