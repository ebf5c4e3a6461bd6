using System.Threading.Channels;
using HandoffBot.Handoff;

namespace HandoffBot.Agents;

/// <summary>Urgent cases waiting to be announced outside the console; a turn only enqueues, so a slow Slack never delays it.</summary>
public sealed class HandoffNotificationQueue
{
    private readonly Channel<HandoffCase> _pending = Channel.CreateBounded<HandoffCase>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public void Enqueue(HandoffCase handoff) => _pending.Writer.TryWrite(handoff);

    public IAsyncEnumerable<HandoffCase> ReadAllAsync(CancellationToken cancellationToken) => _pending.Reader.ReadAllAsync(cancellationToken);
}
