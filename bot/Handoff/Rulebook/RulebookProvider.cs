using Microsoft.Extensions.Options;

namespace HandoffBot.Handoff.Rulebook;

/// <summary>
/// The current handoff rulebook. Loaded when the host starts (an invalid file stops the start with every error), then
/// watched: a valid edit replaces <see cref="Current"/> and raises <see cref="Changed"/>; an invalid or unreadable edit
/// keeps the previous rulebook and logs why.
/// </summary>
public sealed partial class RulebookProvider : IHostedService, IDisposable
{
    private readonly RulebookOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<RulebookProvider> _logger;
    private readonly SemaphoreSlim _reloadLock = new(1, 1);
    private readonly Lock _timerLock = new();
    private volatile Rulebook? _current;
    private string? _currentText;
    private FileSystemWatcher? _watcher;
    private ITimer? _debounce;

    public RulebookProvider(IOptions<RulebookOptions> options, TimeProvider time, ILogger<RulebookProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Raised after a valid edit has replaced <see cref="Current"/>, with the new rulebook.</summary>
    public event Action<Rulebook>? Changed;

    public string Path => _options.Path;

    /// <summary>The rulebook in force; loads the file on first use when the host has not started it yet.</summary>
    public Rulebook Current => _current ?? LoadInitial();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _reloadLock.WaitAsync(cancellationToken);
        try
        {
            if (_current is null)
            {
                var text = await File.ReadAllTextAsync(Path, cancellationToken);
                Install(RulebookLoader.Parse(text, Path), text);
            }
        }
        finally
        {
            _reloadLock.Release();
        }

        Log.Loaded(_logger, Path, _current!.ExplicitTriggers.Count, _current.Boundaries.Count, _current.Buckets.Count);
        StartWatching();
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        StopWatching();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Reads the file again. Returns true when a changed, valid rulebook replaced <see cref="Current"/>; false when the
    /// file is unchanged, unreadable or invalid (then the previous rulebook stays, and the reason is logged).
    /// </summary>
    public async Task<bool> ReloadAsync(CancellationToken cancellationToken = default)
    {
        await _reloadLock.WaitAsync(cancellationToken);
        try
        {
            string text;
            try
            {
                text = await File.ReadAllTextAsync(Path, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Log.ReloadUnreadable(_logger, ex, Path);
                return false;
            }

            if (string.Equals(text, _currentText, StringComparison.Ordinal))
            {
                return false;
            }

            Rulebook rulebook;
            try
            {
                rulebook = RulebookLoader.Parse(text, Path);
            }
            catch (RulebookValidationException ex)
            {
                Log.ReloadRejected(_logger, Path, ex.Errors.Count, string.Join(Environment.NewLine, ex.Errors));
                return false;
            }

            Install(rulebook, text);
            Log.Reloaded(_logger, Path);
            RaiseChanged(rulebook);
            return true;
        }
        finally
        {
            _reloadLock.Release();
        }
    }

    public void Dispose()
    {
        StopWatching();
        _reloadLock.Dispose();
    }

    private Rulebook LoadInitial()
    {
        _reloadLock.Wait();
        try
        {
            if (_current is null)
            {
                var text = File.ReadAllText(Path);
                Install(RulebookLoader.Parse(text, Path), text);
            }

            return _current!;
        }
        finally
        {
            _reloadLock.Release();
        }
    }

    // One failing subscriber must neither stop the others nor undo the reload.
    private void RaiseChanged(Rulebook rulebook)
    {
        foreach (var handler in Changed?.GetInvocationList().Cast<Action<Rulebook>>() ?? [])
        {
            try
            {
                handler(rulebook);
            }
            catch (Exception ex)
            {
                Log.SubscriberFailed(_logger, ex, Path);
            }
        }
    }

    private void Install(Rulebook rulebook, string text)
    {
        _currentText = text;
        _current = rulebook;
    }

    private void StartWatching()
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
        _watcher = new FileSystemWatcher(folder, System.IO.Path.GetFileName(Path))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName | NotifyFilters.CreationTime,
        };
        _watcher.Changed += (_, _) => ScheduleReload();
        _watcher.Created += (_, _) => ScheduleReload();
        _watcher.Renamed += (_, _) => ScheduleReload();
        _watcher.EnableRaisingEvents = true;
    }

    private void StopWatching()
    {
        _watcher?.Dispose();
        _watcher = null;
        lock (_timerLock)
        {
            _debounce?.Dispose();
            _debounce = null;
        }
    }

    // Editors save in several steps (truncate, write, rename): collect the notifications, then reload once.
    private void ScheduleReload()
    {
        lock (_timerLock)
        {
            if (_debounce is null)
            {
                _debounce = _time.CreateTimer(_ => _ = ReloadFromWatcherAsync(), null, _options.ReloadDebounce, Timeout.InfiniteTimeSpan);
            }
            else
            {
                _debounce.Change(_options.ReloadDebounce, Timeout.InfiniteTimeSpan);
            }
        }
    }

    private async Task ReloadFromWatcherAsync()
    {
        try
        {
            await ReloadAsync();
        }
        catch (Exception ex)
        {
            Log.ReloadFailed(_logger, ex, Path);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Handoff rulebook {Path} loaded: {ExplicitTriggers} explicit triggers, {Boundaries} boundaries, {Buckets} buckets.")]
        public static partial void Loaded(ILogger logger, string path, int explicitTriggers, int boundaries, int buckets);

        [LoggerMessage(2, LogLevel.Information, "Handoff rulebook {Path} reloaded after an edit.")]
        public static partial void Reloaded(ILogger logger, string path);

        [LoggerMessage(3, LogLevel.Error, "Handoff rulebook {Path} was edited but is not valid; the previous rulebook stays in force. {ErrorCount} error(s):\n{Errors}")]
        public static partial void ReloadRejected(ILogger logger, string path, int errorCount, string errors);

        [LoggerMessage(4, LogLevel.Warning, "Handoff rulebook {Path} could not be read after an edit; the previous rulebook stays in force.")]
        public static partial void ReloadUnreadable(ILogger logger, Exception exception, string path);

        [LoggerMessage(6, LogLevel.Error, "A subscriber to rulebook changes failed after {Path} was reloaded; the new rulebook is in force.")]
        public static partial void SubscriberFailed(ILogger logger, Exception exception, string path);

        [LoggerMessage(5, LogLevel.Error, "Reloading the handoff rulebook {Path} failed; the previous rulebook stays in force.")]
        public static partial void ReloadFailed(ILogger logger, Exception exception, string path);
    }
}
