using HandoffBot.Knowledge;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HandoffBot.Tests.Knowledge;

/// <summary>The index follows the folder: built at start, rebuilt after a change, the old one answering meanwhile.</summary>
public sealed class KnowledgeRebuildTests(KnowledgeIndexFixture fixture) : IClassFixture<KnowledgeIndexFixture>, IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task New_article_file_is_searchable_after_the_rebuild_and_a_broken_one_changes_nothing()
    {
        await File.WriteAllTextAsync(_folder.File("slack.md"), "---\ntitle: Connect Slack\nquestions: [how do I connect slack]\n---\nOpen Integrations and pick Slack.\n");
        var options = Options.Create(new KnowledgeOptions { Path = _folder.Path, RebuildDelay = TimeSpan.FromMilliseconds(200) });
        var knowledge = new KnowledgeBase(fixture.Encoder, options, NullLogger<KnowledgeBase>.Instance);
        using var indexer = new KnowledgeIndexer(knowledge, options, TimeProvider.System, NullLogger<KnowledgeIndexer>.Instance);
        await indexer.StartAsync(CancellationToken.None);
        var first = knowledge.Current;
        Assert.Equal(["slack"], first?.Articles.Select(a => a.Id));

        var rebuilt = new TaskCompletionSource<KnowledgeIndex>(TaskCreationOptions.RunContinuationsAsynchronously);
        knowledge.Rebuilt += index => rebuilt.TrySetResult(index);
        await File.WriteAllTextAsync(_folder.File("mobile.md"), "---\ntitle: The mobile app\nquestions: [is there an iPhone app]\n---\nTasklane runs on iOS and Android.\n");
        await File.WriteAllTextAsync(_folder.File("broken.md"), "no front matter at all");

        var second = await rebuilt.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(["mobile", "slack"], second.Articles.Select(a => a.Id).Order());
        Assert.Equal("mobile", knowledge.Current!.Search("do you have an app for my phone")?.Article.Id);
        await indexer.StopAsync(CancellationToken.None);
    }
}
