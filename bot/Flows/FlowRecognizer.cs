using System.Reflection;
using System.Text.Json;
using HandoffBot.Language;

namespace HandoffBot.Flows;

/// <summary>
/// Tells which flow a message asks for, by meaning: the nearest-example classifier of the handoff detection (sentence
/// encoder plus spelling), over the embedded FlowExamples.json. Routine how-to questions are a label of their own
/// (<see cref="Knowledge"/>) that competes with the flows. Built on first use; thread-safe.
/// </summary>
public sealed class FlowRecognizer
{
    /// <summary>The label of the routine questions the knowledge base answers.</summary>
    public const string Knowledge = "knowledge";

    private readonly Lazy<ExampleClassifier> _classifier;

    public FlowRecognizer(ISentenceEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        _classifier = new(() => new ExampleClassifier(encoder, LoadExamples()), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The best label for <paramref name="text"/> and its score in [0, 1].</summary>
    public LabelScore Recognize(string text)
    {
        var result = _classifier.Value.Classify(text);
        return new LabelScore(result.Label, result.Score, result.Evidence, result.Clause, result.Negated);
    }

    public static IReadOnlyList<LabeledExample> LoadExamples()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(typeof(FlowRecognizer).Namespace + ".FlowExamples.json")
            ?? throw new InvalidOperationException("The embedded FlowExamples.json is missing from the build.");
        using var document = JsonDocument.Parse(stream);
        return [.. document.RootElement.GetProperty("labels").EnumerateObject()
            .SelectMany(label => label.Value.EnumerateArray().Select(e => new LabeledExample(label.Name, e.GetString()!)))];
    }
}
