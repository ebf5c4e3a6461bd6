using Microsoft.Extensions.Options;

namespace HandoffBot.Knowledge;

/// <summary>
/// Builds the knowledge index when the host starts, then watches the folder and rebuilds after a quiet
/// <see cref="KnowledgeOptions.RebuildDelay"/> once files change. A failed rebuild is logged and the previous index stays.
/// </summary>
public sealed class KnowledgeIndexer(KnowledgeBase knowledge, IOptions<KnowledgeOptions> options, TimeProvider time, ILogger<KnowledgeIndexer> logger)
    : IHostedService, IDisposable
{
    private readonly Lock _timerLock = new();
    private readonly CancellationTokenSource _stopping = new();
    private FileSystemWatcher? _watcher;
    private ITimer? _debounce;
    private bool _disposed;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Awaited: the bot takes no message before it can answer from the help center.
        await knowledge.RebuildAsync(cancellationToken);

        _watcher = new FileSystemWatcher(options.Value.Path)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName | NotifyFilters.CreationTime,
        };
        _watcher.Changed += (_, e) => OnChange(e.FullPath);
        _watcher.Created += (_, e) => OnChange(e.FullPath);
        _watcher.Deleted += (_, e) => OnChange(e.FullPath);
        _watcher.Renamed += (_, e) => OnChange(e.FullPath);
        _watcher.EnableRaisingEvents = true;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host torn down twice (a test restarting the bot) may stop a service it already disposed.
        if (_disposed)
        {
            return;
        }

        await _stopping.CancelAsync();
        _watcher?.Dispose();
        _watcher = null;
    }

    public void Dispose()
    {
        _disposed = true;
        _watcher?.Dispose();
        lock (_timerLock)
        {
            _debounce?.Dispose();
        }

        _stopping.Dispose();
    }

    private void OnChange(string path)
    {
        if (!KnowledgeLoader.Extensions.Contains(Path.GetExtension(path).ToLowerInvariant()) && Path.HasExtension(path))
        {
            return;
        }

        // Editors save in several steps (truncate, write, rename): collect the notifications, then rebuild once.
        lock (_timerLock)
        {
            if (_debounce is null)
            {
                _debounce = time.CreateTimer(_ => _ = RebuildFromWatcherAsync(), null, options.Value.RebuildDelay, Timeout.InfiniteTimeSpan);
            }
            else
            {
                _debounce.Change(options.Value.RebuildDelay, Timeout.InfiniteTimeSpan);
            }
        }
    }

    private async Task RebuildFromWatcherAsync()
    {
        try
        {
            await knowledge.RebuildAsync(_stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // The host is stopping.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Knowledge index rebuild failed; the previous index stays in force");
        }
    }
}
