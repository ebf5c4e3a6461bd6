using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Agents;

/// <summary>Picks the adapter for a conversation's channel: the last registered <see cref="IChannelSender"/> that serves it, else the cloud adapter.</summary>
public sealed class ChannelSenders(IEnumerable<IChannelSender> senders, CloudAdapterChannelSender fallback)
{
    private readonly IReadOnlyList<IChannelSender> _senders = [.. senders];

    public IChannelSender For(string channelId) => _senders.LastOrDefault(s => s.Serves(channelId)) ?? fallback;

    public Task ContinueConversationAsync(Activity continuation, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        return For(continuation.ChannelId).ContinueConversationAsync(continuation, callback, cancellationToken);
    }
}
