using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;

namespace HandoffBot.Agents;

/// <summary>Proactive turns over the Bot Framework adapter (Emulator, Azure Bot Service channels): every channel nobody else serves.</summary>
public sealed class CloudAdapterChannelSender(CloudAdapter adapter, IConfiguration configuration) : IChannelSender
{
    public bool Serves(string channelId) => true;

    public Task ContinueConversationAsync(Activity continuation, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        adapter.ContinueConversationAsync(configuration["MicrosoftAppId"] ?? string.Empty, continuation, callback, cancellationToken);
}
