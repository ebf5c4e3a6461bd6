using HandoffBot.Agents;
using HandoffBot.Handoff;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;

namespace HandoffBot.Teams;

/// <summary>
/// Posts each new handoff to its skill's channel in the agents' team, as a new post (the card) that a thread can grow
/// under: Teams' create-conversation call with the channel and tenant, through the bot's Azure Bot Service identity.
/// </summary>
public sealed partial class TeamsDeskNotifier(
    CloudAdapter adapter, IOptions<TeamsDeskOptions> options, IConfiguration configuration, ILogger<TeamsDeskNotifier> logger) : IHandoffNotifier
{
    public async Task NotifyOpenedAsync(HandoffCase handoff, bool urgent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        var desk = options.Value;
        if (!desk.Enabled || desk.ChannelFor(handoff.Skill) is not { } channel)
        {
            return;
        }

        var card = (Activity)MessageFactory.Attachment(TeamsDeskCard.For(handoff, desk.ConsoleUrl));
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            TenantId = desk.TenantId,
            ChannelData = new TeamsChannelData { Channel = new ChannelInfo(channel), Tenant = new TenantInfo(desk.TenantId) },
            Activity = card,
        };
        string? thread = null;
        await adapter.CreateConversationAsync(
            configuration["MicrosoftAppId"] ?? string.Empty,
            Channels.Msteams,
            desk.ServiceUrl!.ToString(),
            null,
            parameters,
            (turnContext, _) =>
            {
                thread = turnContext.Activity.Conversation?.Id;
                return Task.CompletedTask;
            },
            cancellationToken);
        LogPosted(logger, handoff.HandoffId, channel, thread);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Handoff {HandoffId} posted to Teams channel {Channel} (thread {Thread})")]
    private static partial void LogPosted(ILogger logger, string handoffId, string channel, string? thread);
}
