using System.Collections.Concurrent;
using HandoffBot.Language;

namespace HandoffBot.Evaluation;

/// <summary>
/// One sentence encoder for a whole test process, remembering every text it has embedded. Loading the model costs
/// about a second and 400 MB, and every bot host embeds the same rulebook, flow and help-center examples at start;
/// the model is deterministic, so a remembered vector is exactly the one a fresh encoder would return. Not for
/// benchmarks: they must pay for every message as the bot does.
/// </summary>
public sealed class SharedSentenceEncoder : ISentenceEncoder
{
    private static readonly Lazy<SharedSentenceEncoder> Lazy = new(() => new SharedSentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);

    // The model is never disposed: it lives as long as the process.
    private readonly SentenceEncoder _model = new();
    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);

    private SharedSentenceEncoder()
    {
    }

    public static SharedSentenceEncoder Instance => Lazy.Value;

    /// <summary>The model itself, remembering nothing: for tests of the encoder.</summary>
    public SentenceEncoder Model => _model;

    public int Dimensions => _model.Dimensions;

    public float[] Encode(string text) => EncodeBatch([text])[0];

    public IReadOnlyList<float[]> EncodeBatch(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var missing = texts.Where(t => !_vectors.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var vectors = _model.EncodeBatch(missing);
            for (var i = 0; i < missing.Count; i++)
            {
                _vectors.TryAdd(missing[i], vectors[i]);
            }
        }

        // Copies: a caller that changes its vector must not change anyone else's.
        return [.. texts.Select(t => (float[])_vectors[t].Clone())];
    }
}
