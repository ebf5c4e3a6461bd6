using HandoffBot.Adapters.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Agents;

/// <summary>
/// The agent hub's proactive turns (status events, agent replies, the CSAT question) for a channel whose adapter lives
/// in this process (Slack, email): the continuation runs through that adapter's pipeline.
/// </summary>
public sealed class InProcessChannelSender(InProcessAdapter adapter, string servedChannelId) : IChannelSender
{
    public bool Serves(string channelId) => string.Equals(channelId, servedChannelId, StringComparison.Ordinal);

    public Task ContinueConversationAsync(Activity continuation, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        return adapter.ContinueConversationAsync(continuation.Recipient?.Id ?? string.Empty, continuation, callback, cancellationToken);
    }
}
