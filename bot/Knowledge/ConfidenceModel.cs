namespace HandoffBot.Knowledge;

/// <summary>
/// A small logistic model from a candidate answer's features to the probability that it is the right article. It is
/// trained when the index is built, from the articles' own questions (see <see cref="KnowledgeIndex"/>), so the
/// score means the same thing for any help center: 0.7 is right about seven times in ten on questions like those.
/// </summary>
public sealed class ConfidenceModel
{
    /// <summary>
    /// Used when a help center has too few questions to learn from (a Zendesk export has none): close to what the
    /// sample help center and the public intent sets learn (docs/knowledge.md).
    /// </summary>
    public static ConfidenceModel Default { get; } = new([0.0, 3.5, 2.4, 0.0], -2.35, 0);

    private const int Iterations = 3000;
    private const double LearningRate = 0.5;
    private const double L2 = 1e-3;

    private readonly double[] _weights;
    private readonly double _bias;

    private ConfidenceModel(double[] weights, double bias, int trainedOn)
    {
        _weights = weights;
        _bias = bias;
        TrainedOn = trainedOn;
    }

    /// <summary>How many examples it learned from; 0 for <see cref="Default"/>.</summary>
    public int TrainedOn { get; }

    public IReadOnlyList<double> Weights => _weights;

    public double Bias => _bias;

    /// <summary>
    /// Fits non-negative weights by projected gradient descent (weighted log loss, light L2); falls back to
    /// <see cref="Default"/> with too few examples or without both outcomes.
    /// </summary>
    public static ConfidenceModel Train(IReadOnlyList<(double[] Features, bool Correct, double Weight)> samples, int minimumSamples = 20)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count < minimumSamples || samples.All(s => s.Correct) || samples.All(s => !s.Correct))
        {
            return Default;
        }

        var dimensions = samples[0].Features.Length;
        var weights = new double[dimensions];
        var bias = 0.0;
        var gradient = new double[dimensions];
        var total = samples.Sum(s => s.Weight);
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            Array.Clear(gradient);
            var biasGradient = 0.0;
            foreach (var (features, correct, weight) in samples)
            {
                var error = weight * (Sigmoid(Dot(weights, features) + bias) - (correct ? 1 : 0));
                for (var d = 0; d < dimensions; d++)
                {
                    gradient[d] += error * features[d];
                }

                biasGradient += error;
            }

            for (var d = 0; d < dimensions; d++)
            {
                // Projected onto weights >= 0: more similarity, margin or coverage never lowers the confidence, which
                // keeps a model learned from a small help center from generalising in odd directions.
                weights[d] = Math.Max(0, weights[d] - (LearningRate * ((gradient[d] / total) + (L2 * weights[d]))));
            }

            bias -= LearningRate * biasGradient / total;
        }

        return new ConfidenceModel(weights, bias, samples.Count);
    }

    public double Predict(double[] features) => Sigmoid(Dot(_weights, features) + _bias);

    private static double Dot(double[] weights, double[] features)
    {
        var sum = 0.0;
        for (var d = 0; d < weights.Length; d++)
        {
            sum += weights[d] * features[d];
        }

        return sum;
    }

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}
