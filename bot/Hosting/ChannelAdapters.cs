using HandoffBot.Adapters.DirectLine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;

namespace HandoffBot.Hosting;

/// <inheritdoc cref="IChannelAdapters"/>
public sealed class ChannelAdapters(CloudAdapter cloudAdapter, DirectLineAdapter directLineAdapter, IConfiguration configuration) : IChannelAdapters
{
    public BotAdapter For(string channelId) =>
        string.Equals(channelId, DirectLineAdapter.ChannelId, StringComparison.Ordinal) ? directLineAdapter : cloudAdapter;

    public Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        // CloudAdapter needs the bot's app id to authenticate the proactive call; empty in local mode.
        return For(reference.ChannelId).ContinueConversationAsync(configuration["MicrosoftAppId"] ?? string.Empty, reference, callback, cancellationToken);
    }
}
