using HandoffBot.Language;
using Microsoft.Extensions.Options;

namespace HandoffBot.Knowledge;

/// <summary>
/// The help center the bot answers from: the current <see cref="KnowledgeIndex"/> snapshot, replaced whole when the
/// files change. Searches always see one complete index (the old one until the new one is built), so a rebuild
/// never interrupts answers.
/// </summary>
public sealed class KnowledgeBase(ISentenceEncoder encoder, IOptions<KnowledgeOptions> options, ILogger<KnowledgeBase> logger)
{
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private volatile KnowledgeIndex? _current;

    /// <summary>The index in force; null until the first build has finished.</summary>
    public KnowledgeIndex? Current => _current;

    /// <summary>Raised after a rebuild has replaced <see cref="Current"/>.</summary>
    public event Action<KnowledgeIndex>? Rebuilt;

    /// <summary>Reads the folder and builds a new index off the request path; files that cannot be read are logged by name and skipped.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            var path = options.Value.Path;
            var loaded = KnowledgeLoader.Load(path);
            foreach (var error in loaded.Errors)
            {
                logger.LogWarning("Knowledge file skipped: {Problem}", error);
            }

            var index = await Task.Run(() => KnowledgeIndex.Build(encoder, loaded.Articles, cancellationToken), cancellationToken);
            // The previous index is not disposed: a search may still be running on it; it holds only managed memory.
            _current = index;
            logger.LogInformation(
                "Knowledge index built from {Path}: {Articles} articles, {Skipped} files skipped, confidence model trained on {Samples} examples",
                path, index.Articles.Count, loaded.Errors.Count, index.Model.TrainedOn);
            Rebuilt?.Invoke(index);
        }
        finally
        {
            _rebuild.Release();
        }
    }
}
