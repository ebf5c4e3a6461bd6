using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Hosting;

/// <summary>
/// The adapter that owns a channel: the built-in Direct Line endpoint's for <c>directline</c>, the Bot Framework
/// <c>CloudAdapter</c> for every channel that comes through <c>/api/messages</c>. Proactive messages (agent replies,
/// handoff status) must go through the conversation's own adapter to reach the customer.
/// </summary>
public interface IChannelAdapters
{
    /// <summary>The adapter for conversations on <paramref name="channelId"/>.</summary>
    BotAdapter For(string channelId);

    /// <summary>Continues the conversation <paramref name="reference"/> points at, through its channel's adapter.</summary>
    Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken);
}
