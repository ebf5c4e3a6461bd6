using HandoffBot.Adapters.Email;
using HandoffBot.Agents;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Email;

/// <summary>The agent hub's proactive turns (status events, agent replies, the CSAT question) for email conversations.</summary>
public sealed class EmailChannelSender(EmailAdapter adapter) : IChannelSender
{
    public bool Serves(string channelId) => string.Equals(channelId, EmailActivity.ChannelId, StringComparison.Ordinal);

    public Task ContinueConversationAsync(Activity continuation, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        return adapter.ContinueConversationAsync(continuation.Recipient?.Id ?? string.Empty, continuation, callback, cancellationToken);
    }
}
