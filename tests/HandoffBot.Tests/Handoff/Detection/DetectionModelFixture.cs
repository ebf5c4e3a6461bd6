using HandoffBot.Handoff.Detection;

namespace HandoffBot.Tests.Handoff.Detection;

/// <summary>The real sentence encoder and a classifier over support-triage examples, built once for every test that needs them.</summary>
public sealed class DetectionModelFixture : IDisposable
{
    public DetectionModelFixture()
    {
        Encoder = new SentenceEncoder();
        Classifier = new ExampleClassifier(Encoder, SupportExamples.All);
    }

    public SentenceEncoder Encoder { get; }

    public ExampleClassifier Classifier { get; }

    public void Dispose() => Encoder.Dispose();
}
