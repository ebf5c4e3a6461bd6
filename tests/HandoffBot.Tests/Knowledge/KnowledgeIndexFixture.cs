using HandoffBot.Language;
using HandoffBot.Handoff.Rulebook;
using HandoffBot.Knowledge;

namespace HandoffBot.Tests.Knowledge;

/// <summary>The sample help center, indexed once for a test class (embedding is the expensive part), and the shipped threshold.</summary>
public sealed class KnowledgeIndexFixture : IDisposable
{
    public KnowledgeIndexFixture()
    {
        var loaded = KnowledgeLoader.Load(Path.Combine(Repository.Root, "bot", "SampleData", "helpcenter"));
        Assert.Empty(loaded.Errors);
        Index = KnowledgeIndex.Build(Encoder, loaded.Articles);
        Threshold = RulebookLoader.Parse(File.ReadAllText(Path.Combine(Repository.Root, "bot", "rulebook.yaml"))).Implicit.Confidence.Threshold;
    }

    public ISentenceEncoder Encoder => SharedSentenceEncoder.Instance;

    public KnowledgeIndex Index { get; }

    /// <summary>The shipped rulebook's confidence threshold.</summary>
    public double Threshold { get; }

    public void Dispose() => Index.Dispose();
}
