using HandoffBot.Handoff;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;

namespace HandoffBot.Teams;

/// <summary>
/// The agents' team as the bot reaches it outside a turn, through its Azure Bot Service identity: a case's card posted
/// as a new post in a channel (Teams' create-conversation call), lines in the thread under it, and the card updated.
/// </summary>
public sealed class TeamsDeskChannel(
    CloudAdapter adapter, SqliteTeamsDeskThreads threads, IOptions<TeamsDeskOptions> options, IConfiguration configuration, TimeProvider timeProvider)
{
    private string AppId => configuration["MicrosoftAppId"] ?? string.Empty;

    /// <summary>Posts <paramref name="card"/> as a new post in <paramref name="channel"/> and records its thread for the case.</summary>
    public async Task<TeamsDeskThread> PostAsync(HandoffCase handoff, string channel, Activity card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        var desk = options.Value;
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            TenantId = desk.TenantId,
            ChannelData = new TeamsChannelData { Channel = new ChannelInfo(channel), Tenant = new TenantInfo(desk.TenantId) },
            Activity = card,
        };
        string? threadId = null;
        string? cardId = null;
        await adapter.CreateConversationAsync(
            AppId,
            Channels.Msteams,
            desk.ServiceUrl!.ToString(),
            null,
            parameters,
            (turnContext, _) =>
            {
                threadId = turnContext.Activity.Conversation?.Id;
                cardId = turnContext.Activity.Id;
                return Task.CompletedTask;
            },
            cancellationToken);
        if (string.IsNullOrEmpty(threadId))
        {
            throw new InvalidOperationException($"Teams did not say which post it created in {channel}.");
        }

        // A channel post's thread is "<channel>;messageid=<post id>": the post id is the card's.
        var marker = threadId.IndexOf(";messageid=", StringComparison.Ordinal);
        var thread = new TeamsDeskThread(threadId, handoff.HandoffId, marker >= 0 ? threadId[(marker + ";messageid=".Length)..] : cardId ?? threadId, channel, timeProvider.GetUtcNow());
        await threads.AddAsync(thread, cancellationToken);
        return thread;
    }

    /// <summary>Posts <paramref name="activity"/> in the thread under a case's card.</summary>
    public Task ReplyAsync(TeamsDeskThread thread, IActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        return ContinueAsync(thread, (turnContext, ct) => turnContext.SendActivityAsync(activity, ct), cancellationToken);
    }

    /// <summary>Replaces a case's card, for everyone in the channel.</summary>
    public Task UpdateCardAsync(TeamsDeskThread thread, Attachment card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var update = MessageFactory.Attachment(card);
        update.Id = thread.CardId;
        return ContinueAsync(thread, (turnContext, ct) => turnContext.UpdateActivityAsync(update, ct), cancellationToken);
    }

    private Task ContinueAsync(TeamsDeskThread thread, Func<ITurnContext, CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        var desk = options.Value;
        var continuation = new Activity
        {
            Type = ActivityTypes.Event,
            ChannelId = Channels.Msteams,
            ServiceUrl = desk.ServiceUrl!.ToString(),
            Conversation = new ConversationAccount(isGroup: true, conversationType: "channel", id: thread.ThreadId, tenantId: desk.TenantId),
            Recipient = new ChannelAccount(AppId),
            From = new ChannelAccount(AppId),
        };
        return adapter.ContinueConversationAsync(AppId, continuation, async (turnContext, ct) => await action(turnContext, ct), cancellationToken);
    }
}
