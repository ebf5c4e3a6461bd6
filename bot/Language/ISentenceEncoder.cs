namespace HandoffBot.Language;

/// <summary>Turns text into a meaning vector: unit length, so the dot product of two vectors is their cosine similarity.</summary>
public interface ISentenceEncoder
{
    /// <summary>The length of every vector this encoder returns.</summary>
    int Dimensions { get; }

    float[] Encode(string text);

    /// <summary>Encodes several texts in one model call; the result has one vector per text, in order.</summary>
    IReadOnlyList<float[]> EncodeBatch(IReadOnlyList<string> texts);
}
