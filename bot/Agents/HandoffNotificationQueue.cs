using System.Threading.Channels;
using HandoffBot.Handoff;

namespace HandoffBot.Agents;

/// <summary>New cases waiting to be announced outside the console (Slack, a Teams channel); a turn only enqueues, so a slow service never delays it.</summary>
public sealed class HandoffNotificationQueue
{
    private readonly Channel<(HandoffCase Handoff, bool Urgent)> _pending = Channel.CreateBounded<(HandoffCase, bool)>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public void Enqueue(HandoffCase handoff, bool urgent) => _pending.Writer.TryWrite((handoff, urgent));

    public IAsyncEnumerable<(HandoffCase Handoff, bool Urgent)> ReadAllAsync(CancellationToken cancellationToken) => _pending.Reader.ReadAllAsync(cancellationToken);
}
