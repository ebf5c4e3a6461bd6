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
/// </summary>
public sealed partial class SlackTurnQueue : BackgroundService
{
    private readonly SlackAdapter _adapter;
    private readonly IBot _bot;
    private readonly ILogger<SlackTurnQueue> _logger;
    private readonly Channel<Activity>[] _workers;

    public SlackTurnQueue(SlackAdapter adapter, IBot bot, IOptions<SlackOptions> options, ILogger<SlackTurnQueue> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _adapter = adapter;
        _bot = bot;
        _logger = logger;
        _workers = [.. Enumerable.Range(0, options.Value.Workers).Select(_ => Channel.CreateBounded<Activity>(
            new BoundedChannelOptions(options.Value.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait }))];
    }

    /// <summary>Queues a turn; false when its worker is full (Slack is then asked to retry later).</summary>
    public bool TryEnqueue(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var worker = (StringComparer.Ordinal.GetHashCode(activity.Conversation.Id) & int.MaxValue) % _workers.Length;
        return _workers[worker].Writer.TryWrite(activity);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_workers.Select(w => RunAsync(w.Reader, stoppingToken)));

    private async Task RunAsync(ChannelReader<Activity> reader, CancellationToken stoppingToken)
    {
        await foreach (var activity in reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await _adapter.ProcessActivityAsync(activity, _bot.OnTurnAsync, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The adapter's turn error handler has already answered the customer where it could; one failed turn
                // must not stop the conversations behind it.
                LogTurnFailed(_logger, ex, activity.Conversation.Id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A Slack turn in {ConversationId} failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string conversationId);
}
