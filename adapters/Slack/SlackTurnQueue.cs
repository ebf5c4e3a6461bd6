using System.Threading.Channels;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HandoffBot.Adapters.Slack;

/// <summary>
/// Slack wants its 200 within three seconds, so turns run here, after the answer: a few workers, each with a bounded
/// queue, and every conversation always on the same worker, so its messages are answered in the order they were sent.
/// Turns the inbox kept but a stopped process never ran are run first at the next start.
/// </summary>
public sealed partial class SlackTurnQueue : BackgroundService
{
    private readonly SlackAdapter _adapter;
    private readonly IBot _bot;
    private readonly ISlackInbox _inbox;
    private readonly ILogger<SlackTurnQueue> _logger;
    private readonly Channel<(string EventId, Activity Activity)>[] _workers;

    public SlackTurnQueue(SlackAdapter adapter, IBot bot, ISlackInbox inbox, IOptions<SlackOptions> options, ILogger<SlackTurnQueue> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _adapter = adapter;
        _bot = bot;
        _inbox = inbox;
        _logger = logger;
        _workers = [.. Enumerable.Range(0, options.Value.Workers).Select(_ => Channel.CreateBounded<(string, Activity)>(
            new BoundedChannelOptions(options.Value.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait }))];
    }

    /// <summary>Queues a turn; false when its worker is full (Slack is then asked to retry later).</summary>
    public bool TryEnqueue(string eventId, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Worker(activity).Writer.TryWrite((eventId, activity));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = _workers.Select(w => RunAsync(w.Reader, stoppingToken)).ToList();
        var pending = await _inbox.PendingAsync(stoppingToken).ConfigureAwait(false);
        if (pending.Count > 0)
        {
            LogResuming(_logger, pending.Count);
        }

        foreach (var (eventId, activity) in pending)
        {
            await Worker(activity).Writer.WriteAsync((eventId, activity), stoppingToken).ConfigureAwait(false);
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }

    private Channel<(string EventId, Activity Activity)> Worker(Activity activity) =>
        _workers[(StringComparer.Ordinal.GetHashCode(activity.Conversation.Id) & int.MaxValue) % _workers.Length];

    private async Task RunAsync(ChannelReader<(string EventId, Activity Activity)> reader, CancellationToken stoppingToken)
    {
        await foreach (var (eventId, activity) in reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await _adapter.ProcessActivityAsync(activity, _bot.OnTurnAsync, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The adapter's turn error handler has already answered the customer where it could; one failed turn
                // must not stop the conversations behind it, nor run again at every start.
                LogTurnFailed(_logger, ex, activity.Conversation.Id);
            }

            await _inbox.CompleteAsync(eventId, stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Running {Count} Slack turns accepted before the last stop")]
    private static partial void LogResuming(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "A Slack turn in {ConversationId} failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string conversationId);
}
