using System.Numerics.Tensors;

namespace HandoffBot.Language;

/// <summary>
/// Meaning compared: the cosine of a query against a fixed set of unit vectors (a rulebook's examples, a help center's
/// questions and passages), kept as one contiguous row-major matrix and scored with SIMD dot products. The one place
/// the bot computes a similarity between sentence embeddings. Immutable and thread-safe.
/// </summary>
public sealed class SemanticRanker
{
    private readonly float[] _matrix;

    public SemanticRanker(IReadOnlyList<float[]> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        Count = vectors.Count;
        Dimensions = vectors.Count == 0 ? 0 : vectors[0].Length;
        _matrix = new float[Count * Dimensions];
        for (var row = 0; row < Count; row++)
        {
            if (vectors[row].Length != Dimensions)
            {
                throw new ArgumentException($"Vector {row} has {vectors[row].Length} dimensions; the first has {Dimensions}.", nameof(vectors));
            }

            vectors[row].CopyTo(_matrix.AsSpan(row * Dimensions, Dimensions));
        }
    }

    /// <summary>How many vectors (rows) it compares against.</summary>
    public int Count { get; }

    public int Dimensions { get; }

    /// <summary>The cosine of two unit vectors.</summary>
    public static float Similarity(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var length = Math.Min(a.Length, b.Length);
        return TensorPrimitives.Dot(a[..length], b[..length]);
    }

    /// <summary>The cosine of <paramref name="query"/> with one row.</summary>
    public float Score(ReadOnlySpan<float> query, int row) => Similarity(query, Vector(row));

    /// <summary>One row's vector.</summary>
    public ReadOnlySpan<float> Vector(int row) => _matrix.AsSpan(row * Dimensions, Dimensions);

    /// <summary>The cosine of <paramref name="query"/> with every row, into <paramref name="destination"/> (at least <see cref="Count"/> long).</summary>
    public void ScoreAll(ReadOnlySpan<float> query, Span<float> destination)
    {
        if (destination.Length < Count)
        {
            throw new ArgumentException($"The destination holds {destination.Length} scores; {Count} are needed.", nameof(destination));
        }

        for (var row = 0; row < Count; row++)
        {
            destination[row] = Similarity(query, Vector(row));
        }
    }

    /// <summary>The <paramref name="k"/> rows nearest to <paramref name="query"/>, best first (the lower row first on a tie).</summary>
    public IReadOnlyList<(int Row, float Score)> Nearest(ReadOnlySpan<float> query, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var kept = new List<(int Row, float Score)>(Math.Min(k, Count) + 1);
        for (var row = 0; row < Count && k > 0; row++)
        {
            var score = Similarity(query, Vector(row));
            if (kept.Count == k && score <= kept[^1].Score)
            {
                continue;
            }

            var at = kept.Count;
            while (at > 0 && kept[at - 1].Score < score)
            {
                at--;
            }

            kept.Insert(at, (row, score));
            if (kept.Count > k)
            {
                kept.RemoveAt(kept.Count - 1);
            }
        }

        return kept;
    }
}
