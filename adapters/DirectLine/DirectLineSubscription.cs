using System.Threading.Channels;

namespace HandoffBot.Adapters.DirectLine;

/// <summary>
/// A stream's view of a conversation: the stored activities after its watermark, then every new one as it is logged.
/// A conversation has one subscription at a time; a newer one closes this one (<see cref="Collided"/>).
/// </summary>
public sealed class DirectLineSubscription : IDisposable
{
    private readonly Channel<DirectLineEntry> _channel = Channel.CreateUnbounded<DirectLineEntry>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Action<DirectLineSubscription> _onDispose;

    internal DirectLineSubscription(IReadOnlyList<DirectLineEntry> history, Action<DirectLineSubscription> onDispose)
    {
        History = history;
        _onDispose = onDispose;
    }

    /// <summary>Stored activities after the watermark the stream asked for, oldest first.</summary>
    public IReadOnlyList<DirectLineEntry> History { get; }

    /// <summary>Activities logged after <see cref="History"/> was read; completes when the subscription ends.</summary>
    public ChannelReader<DirectLineEntry> Live => _channel.Reader;

    /// <summary>True when a newer stream for the same conversation replaced this one.</summary>
    public bool Collided { get; private set; }

    internal void Publish(DirectLineEntry entry) => _channel.Writer.TryWrite(entry);

    internal void Collide()
    {
        Collided = true;
        _channel.Writer.TryComplete();
    }

    public void Dispose()
    {
        _channel.Writer.TryComplete();
        _onDispose(this);
    }
}
