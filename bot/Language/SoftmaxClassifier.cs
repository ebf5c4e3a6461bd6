using System.Numerics.Tensors;

namespace HandoffBot.Language;

/// <summary>
/// Multinomial logistic regression over sentence embeddings: one weight vector and bias per label, probabilities by
/// softmax. Trained by full-batch gradient descent with momentum and light L2, each label's examples weighted so that
/// every label counts as much as every other however many examples it has. Unlike nearest-example matching, it
/// learns which directions of meaning separate the labels, so wording far from every single example still lands.
/// <see cref="Calibrate"/> fits a temperature on examples it was not trained on, so that a probability of 0.8 is right
/// about eight times in ten. Immutable and thread-safe.
/// </summary>
public sealed class SoftmaxClassifier
{
    private const int Iterations = 400;
    private const float LearningRate = 4f;
    private const float Momentum = 0.9f;
    private const float L2 = 1e-4f;

    private readonly string[] _labels;
    private readonly int _dimensions;

    // Row l holds label l's weights, then its bias: (dimensions + 1) floats per label.
    private readonly float[] _weights;

    private SoftmaxClassifier(string[] labels, int dimensions, float[] weights, float temperature = 1)
    {
        _labels = labels;
        _dimensions = dimensions;
        _weights = weights;
        Temperature = temperature;
    }

    public IReadOnlyList<string> Labels => _labels;

    /// <summary>The logits are divided by it before the softmax: 1 as trained, fitted by <see cref="Calibrate"/>.</summary>
    public float Temperature { get; }

    /// <summary>
    /// The same classifier with the temperature that minimises the log loss on <paramref name="heldOut"/> (examples it
    /// was not trained on; those of labels it does not know are ignored). Without any, the classifier itself.
    /// </summary>
    public SoftmaxClassifier Calibrate(IReadOnlyList<(float[] Vector, string Label)> heldOut)
    {
        ArgumentNullException.ThrowIfNull(heldOut);
        var rows = heldOut.Select(h => (Logits: Logits(h.Vector), Target: Array.IndexOf(_labels, h.Label))).Where(r => r.Target >= 0).ToList();
        if (rows.Count == 0)
        {
            return this;
        }

        double Loss(double logTemperature)
        {
            var temperature = (float)Math.Exp(logTemperature);
            var scaled = new float[_labels.Length];
            var loss = 0.0;
            foreach (var (logits, target) in rows)
            {
                TensorPrimitives.Divide(logits, temperature, scaled);
                TensorPrimitives.SoftMax(scaled, scaled);
                loss -= Math.Log(Math.Max(scaled[target], 1e-12));
            }

            return loss / rows.Count;
        }

        // Golden-section search over log T in [-3, 3]: the loss is smooth and has one minimum there.
        double low = -3, high = 3;
        var ratio = (Math.Sqrt(5) - 1) / 2;
        for (var i = 0; i < 60; i++)
        {
            var a = high - (ratio * (high - low));
            var b = low + (ratio * (high - low));
            if (Loss(a) < Loss(b))
            {
                high = b;
            }
            else
            {
                low = a;
            }
        }

        return new SoftmaxClassifier(_labels, _dimensions, _weights, (float)Math.Exp((low + high) / 2));
    }

    /// <summary>Trains on embedded examples (all of one dimension; at least two labels).</summary>
    public static SoftmaxClassifier Train(IReadOnlyList<(float[] Vector, string Label)> examples, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var labels = examples.Select(e => e.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (labels.Length < 2)
        {
            throw new ArgumentException("Training needs examples of at least two labels.", nameof(examples));
        }

        var dimensions = examples[0].Vector.Length;
        if (examples.Any(e => e.Vector.Length != dimensions))
        {
            throw new ArgumentException($"Every example needs {dimensions} dimensions.", nameof(examples));
        }

        var target = examples.Select(e => Array.IndexOf(labels, e.Label)).ToArray();
        var perLabel = labels.Select((_, l) => target.Count(t => t == l)).ToArray();
        var weightOf = target.Select(t => (float)examples.Count / (labels.Length * perLabel[t])).ToArray();
        var totalWeight = weightOf.Sum();

        var stride = dimensions + 1;
        var weights = new float[labels.Length * stride];
        var velocity = new float[weights.Length];
        var gradient = new float[weights.Length];
        var probabilities = new float[labels.Length];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Clear(gradient);
            for (var i = 0; i < examples.Count; i++)
            {
                Softmax(weights, stride, labels.Length, examples[i].Vector, probabilities);
                for (var l = 0; l < labels.Length; l++)
                {
                    // d(loss)/d(logit l) = p_l - [l is the target], weighted; the gradient of the row is that times x.
                    var error = (probabilities[l] - (l == target[i] ? 1f : 0f)) * weightOf[i] / totalWeight;
                    var row = gradient.AsSpan(l * stride, dimensions);
                    TensorPrimitives.MultiplyAdd(examples[i].Vector, error, row, row);
                    gradient[(l * stride) + dimensions] += error;
                }
            }

            for (var w = 0; w < weights.Length; w++)
            {
                var isBias = w % stride == dimensions;
                var step = gradient[w] + (isBias ? 0 : L2 * weights[w]);
                velocity[w] = (Momentum * velocity[w]) - (LearningRate * step);
                weights[w] += velocity[w];
            }
        }

        return new SoftmaxClassifier(labels, dimensions, weights);
    }

    /// <summary>Every label's probability for the embedded text, most likely first.</summary>
    public IReadOnlyList<(string Label, double Probability)> Predict(ReadOnlySpan<float> vector)
    {
        if (vector.Length != _dimensions)
        {
            throw new ArgumentException($"The classifier reads {_dimensions} dimensions; the vector has {vector.Length}.", nameof(vector));
        }

        var probabilities = Logits(vector);
        TensorPrimitives.Divide(probabilities, Temperature, probabilities);
        TensorPrimitives.SoftMax(probabilities, probabilities);
        return [.. _labels.Select((label, l) => (label, (double)probabilities[l])).OrderByDescending(p => p.Item2)];
    }

    private float[] Logits(ReadOnlySpan<float> vector)
    {
        var stride = _dimensions + 1;
        var logits = new float[_labels.Length];
        for (var l = 0; l < _labels.Length; l++)
        {
            logits[l] = TensorPrimitives.Dot(_weights.AsSpan(l * stride, _dimensions), vector) + _weights[(l * stride) + _dimensions];
        }

        return logits;
    }

    private static void Softmax(float[] weights, int stride, int labels, ReadOnlySpan<float> vector, Span<float> probabilities)
    {
        var dimensions = stride - 1;
        for (var l = 0; l < labels; l++)
        {
            probabilities[l] = TensorPrimitives.Dot(weights.AsSpan(l * stride, dimensions), vector) + weights[(l * stride) + dimensions];
        }

        TensorPrimitives.SoftMax(probabilities[..labels], probabilities[..labels]);
    }
}
