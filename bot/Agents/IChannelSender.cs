using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Agents;

/// <summary>
/// Runs a proactive turn on the adapter that serves a channel, so that what the hub sends goes through the bot's
/// middleware like any turn. The cloud adapter serves every channel by default; a channel with its own adapter (the
/// built-in Direct Line endpoint for <c>directline</c>/<c>webchat</c>, say) registers one of these for its channel ids.
/// </summary>
public interface IChannelSender
{
    bool Serves(string channelId);

    /// <summary>Runs <paramref name="continuation"/> (an event built from the stored conversation reference) through the pipeline.</summary>
    Task ContinueConversationAsync(Activity continuation, BotCallbackHandler callback, CancellationToken cancellationToken);
}
