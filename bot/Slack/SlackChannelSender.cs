using HandoffBot.Adapters.Slack;
using HandoffBot.Agents;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Slack;

/// <summary>The agent hub's proactive turns (status events, agent replies) for conversations on the Slack channel.</summary>
public sealed class SlackChannelSender(SlackAdapter adapter) : IChannelSender
{
    public bool Serves(string channelId) => string.Equals(channelId, SlackEventReader.ChannelId, StringComparison.Ordinal);

    public Task ContinueConversationAsync(Activity continuation, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        return adapter.ContinueConversationAsync(continuation.Recipient?.Id ?? string.Empty, continuation, callback, cancellationToken);
    }
}
