using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using HandoffBot.Handoff.Rulebook;
using HandoffBot.Language;

namespace HandoffBot.Handoff.Detection;

/// <summary>
/// The trained trigger classifier of a rulebook: a <see cref="SoftmaxClassifier"/> over sentence embeddings, learned
/// from the shipped <see cref="ExamplePool"/> extended with the rulebook's own examples (a trigger's examples under its
/// name, its counter-examples and the resolved buckets' examples as routine), its probabilities calibrated (one
/// temperature) on the pool's held-out part. Training the same examples again gives
/// the same weights, so a trained model is kept per training set for the process: a rulebook reload or a second host
/// does not train twice.
/// </summary>
public sealed class TriggerModel
{
    /// <summary>The label of questions the bot resolves.</summary>
    public const string Routine = "routine";

    /// <summary>The pool's label of customers thinking of leaving: a churn signal for the rulebook's context rules, not a trigger.</summary>
    public const string ChurnRisk = "churn-risk";

    /// <summary>Labels that never ask for anything: routine questions, and annoyance said without a request.</summary>
    public static IReadOnlySet<string> NoRequestLabels { get; } = new HashSet<string>(StringComparer.Ordinal) { Routine, "venting" };

    /// <summary>The pool's label of requests for a person.</summary>
    public const string HumanRequest = "human-request";

    /// <summary>
    /// The calibrated probability from which the most likely label, when it is a trigger, fires: the same for every
    /// company and every trigger kind but one (<see cref="ThresholdFor"/>).
    /// </summary>
    public const double Threshold = 0.8;

    /// <summary>
    /// A request for a person fires from a lower probability: honouring one wrongly costs an agent a minute, missing one
    /// leaves a customer arguing with a bot, which is how a support lead loses trust in the product.
    /// </summary>
    public const double HumanRequestThreshold = 0.7;

    /// <summary>
    /// Labels a clause of one or two words may fire: a bare "human", "representative" or "someone please" can only ask
    /// for a person, while bare verbs ("cancel", "stop", "refund?") are commands inside flows or half questions.
    /// </summary>
    public static IReadOnlySet<string> ShortFormLabels { get; } = new HashSet<string>(StringComparer.Ordinal) { HumanRequest };

    /// <summary>The calibrated probability from which <paramref name="label"/> fires.</summary>
    public static double ThresholdFor(string label) => label == HumanRequest ? HumanRequestThreshold : Threshold;

    /// <summary>
    /// The trained reading only extends the example reading's reach: the clause must also be at least this close to
    /// one of the trigger's training examples, in the pool or the rulebook (the score from which the example reading
    /// reports a negated match as plausible), so that a fragment ("it was my other laptop") or a question shaped like a
    /// request ("can I …") is not taken for one on its form alone.
    /// </summary>
    public const double ExampleFloor = 0.45;

    private static readonly ConcurrentDictionary<string, TriggerModel> Trained = new(StringComparer.Ordinal);

    private readonly SoftmaxClassifier _classifier;

    // The training examples, to tell how close a clause comes to a label's own examples (pool and rulebook alike).
    private readonly SemanticRanker _examples;
    private readonly string[] _exampleLabels;

    private TriggerModel(SoftmaxClassifier classifier, SemanticRanker examples, string[] exampleLabels)
    {
        _classifier = classifier;
        _examples = examples;
        _exampleLabels = exampleLabels;
    }

    /// <summary>Trains (or finds already trained) the model for <paramref name="rulebook"/> on top of <paramref name="pool"/>'s training part.</summary>
    public static TriggerModel Build(ISentenceEncoder encoder, Rulebook.Rulebook rulebook, ExamplePool pool, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(rulebook);
        ArgumentNullException.ThrowIfNull(pool);
        var examples = Examples(rulebook, pool);
        var key = Key(examples);
        return Trained.GetOrAdd(key, _ =>
        {
            var vectors = EmbeddingCache.Encode(encoder, [.. examples.Select(e => e.Text)], cancellationToken);
            var heldOut = EmbeddingCache.Encode(encoder, [.. pool.HeldOut.Select(e => e.Text)], cancellationToken);
            var classifier = SoftmaxClassifier.Train([.. examples.Select((e, i) => (RequestFeatures.Append(vectors[i], e.Text), e.Label))], cancellationToken)
                .Calibrate([.. pool.HeldOut.Select((e, i) => (RequestFeatures.Append(heldOut[i], e.Text), e.Label))]);
            return new TriggerModel(classifier, new SemanticRanker(vectors), [.. examples.Select(e => e.Label)]);
        });
    }

    /// <summary>The most likely label of a clause (its text and its embedding), with its probability.</summary>
    public (string Label, double Probability) Top(string text, ReadOnlySpan<float> vector) => Predict(text, vector)[0];

    /// <summary>Every label with its probability for a clause (its text and its embedding), the most likely first.</summary>
    public IReadOnlyList<(string Label, double Probability)> Predict(string text, ReadOnlySpan<float> vector) =>
        _classifier.Predict(RequestFeatures.Append(vector, text));

    /// <summary>How close an embedded clause comes to the nearest training example of <paramref name="label"/> (cosine).</summary>
    public double Closeness(ReadOnlySpan<float> vector, string label)
    {
        var scores = new float[_examples.Count];
        _examples.ScoreAll(vector, scores);
        var best = 0f;
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] > best && string.Equals(_exampleLabels[i], label, StringComparison.Ordinal))
            {
                best = scores[i];
            }
        }

        return best;
    }

    private static List<LabeledExample> Examples(Rulebook.Rulebook rulebook, ExamplePool pool)
    {
        var examples = new List<LabeledExample>(pool.Training);
        foreach (var trigger in rulebook.ExplicitTriggers)
        {
            examples.AddRange(trigger.Examples.Select(e => new LabeledExample(trigger.Name, e)));
            examples.AddRange(trigger.CounterExamples.Select(e => new LabeledExample(Routine, e)));
        }

        foreach (var boundary in rulebook.Boundaries)
        {
            examples.AddRange(boundary.Examples.Select(e => new LabeledExample(boundary.Name, e)));
            examples.AddRange(boundary.CounterExamples.Select(e => new LabeledExample(Routine, e)));
        }

        foreach (var bucket in rulebook.Buckets)
        {
            var label = bucket.Action == BucketAction.Handoff ? bucket.Name : Routine;
            examples.AddRange(bucket.Examples.Select(e => new LabeledExample(label, e)));
        }

        return examples;
    }

    private static string Key(List<LabeledExample> examples)
    {
        var text = string.Join('\n', examples.Select(e => e.Label + '\t' + e.Text));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
