using HandoffBot.Adapters.DirectLine;
using HandoffBot.Agents;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.WebChat;

/// <summary>The agent hub's proactive turns (status events, agent replies) for conversations on the built-in Direct Line endpoint.</summary>
public sealed class DirectLineChannelSender(DirectLineAdapter adapter) : IChannelSender
{
    public bool Serves(string channelId) => string.Equals(channelId, DirectLineAdapter.ChannelId, StringComparison.Ordinal);

    public Task ContinueConversationAsync(Activity continuation, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        adapter.ContinueConversationAsync(adapter.Bot.Id, continuation, callback, cancellationToken);
}
