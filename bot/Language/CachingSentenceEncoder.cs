using System.Collections.Concurrent;

namespace HandoffBot.Language;

/// <summary>
/// The encoder every capability reads text with: the model behind a bounded memory of recent texts, so that a turn's
/// message (and its spelling and negation variants) is embedded once however many readers ask for it (detection, flow
/// routing, knowledge, rephrase detection), and earlier messages are not embedded again. Vectors are shared: callers
/// never change them. <paramref name="modelCalled"/> hears how many sentences each model call embedded (the metrics).
/// </summary>
public sealed class CachingSentenceEncoder(ISentenceEncoder model, int capacity = CachingSentenceEncoder.DefaultCapacity, Action<int>? modelCalled = null) : ISentenceEncoder
{
    /// <summary>About 15 MB of 384-dimension vectors.</summary>
    public const int DefaultCapacity = 10_000;

    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);

    public int Dimensions => model.Dimensions;

    public float[] Encode(string text) => EncodeBatch([text])[0];

    public IReadOnlyList<float[]> EncodeBatch(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new float[texts.Count][];
        List<string>? missing = null;
        for (var i = 0; i < texts.Count; i++)
        {
            if (_vectors.TryGetValue(texts[i], out var known))
            {
                result[i] = known;
            }
            else if (missing is null || !missing.Contains(texts[i], StringComparer.Ordinal))
            {
                (missing ??= []).Add(texts[i]);
            }
        }

        if (missing is null)
        {
            return result;
        }

        // One model call for everything this request lacks.
        var fresh = model.EncodeBatch(missing);
        modelCalled?.Invoke(missing.Count);
        if (_vectors.Count + missing.Count > capacity)
        {
            // Bounded the simple way: the memory starts over; the next few turns pay one model call each, as without it.
            _vectors.Clear();
        }

        var byText = new Dictionary<string, float[]>(missing.Count, StringComparer.Ordinal);
        for (var m = 0; m < missing.Count; m++)
        {
            byText[missing[m]] = fresh[m];
            _vectors.TryAdd(missing[m], fresh[m]);
        }

        for (var i = 0; i < texts.Count; i++)
        {
            result[i] ??= byText[texts[i]];
        }

        return result;
    }
}
