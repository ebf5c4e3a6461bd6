using HandoffBot.Language;

namespace HandoffBot.Tests.Handoff.Detection;

/// <summary>
/// The process's sentence encoder (one model load for every test) and a classifier over support-triage examples,
/// built once for every test that needs them.
/// </summary>
public sealed class DetectionModelFixture
{
    public DetectionModelFixture() => Classifier = new ExampleClassifier(Shared, SupportExamples.All);

    /// <summary>The real encoder, remembering nothing: what the encoder's own tests exercise.</summary>
    public SentenceEncoder Encoder => SharedSentenceEncoder.Instance.Model;

    /// <summary>The same model behind a memory of what it has embedded, for everything built on top of it.</summary>
    public ISentenceEncoder Shared => SharedSentenceEncoder.Instance;

    public ExampleClassifier Classifier { get; }
}
