using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Teams;

/// <summary>
/// Microsoft Teams as a customer channel. In channels and group chats the bot answers only when mentioned, and the
/// mention never reaches the bot; installing it in a team says nothing. Quick replies become an Adaptive Card whose
/// <c>Action.Execute</c> buttons come back as an <c>adaptiveCard/action</c> invoke: read as the customer's choice,
/// answered with the card showing what was chosen (so it cannot be pressed twice). The sender's email and UPN come
/// from Teams (the member lookup) for the CRM.
/// </summary>
public sealed partial class TeamsMiddleware(IMemoryCache members, IOptions<TeamsDeskOptions> desk, IServiceProvider services, ILogger<TeamsMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    private static readonly TimeSpan MemberMemory = TimeSpan.FromHours(1);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (!string.Equals(activity.ChannelId, Channels.Msteams, StringComparison.Ordinal))
        {
            await next(cancellationToken);
            return;
        }

        turnContext.OnSendActivities(async (_, activities, nextSend) =>
        {
            foreach (var sent in activities.Where(a => a.Type == ActivityTypes.Message && a.SuggestedActions?.Actions?.Count > 0))
            {
                sent.Attachments = [.. sent.Attachments ?? [], TeamsCards.Choices(sent.Text, sent.SuggestedActions!.Actions)];
                sent.SuggestedActions = null;
            }

            return await nextSend();
        });

        var shared = activity.Conversation?.ConversationType is "channel" or "groupChat";
        switch (activity.Type)
        {
            case ActivityTypes.Message when IsAgentDesk(activity):
                // The agents' own channels, where cases are posted and worked in threads: never a customer conversation.
                var mentioned = Mentioned(activity);
                activity.RemoveRecipientMention();
                activity.Text = activity.Text?.Trim();
                await LookUpSenderAsync(turnContext, cancellationToken);
                await services.GetRequiredService<TeamsDesk>().OnMessageAsync(turnContext, mentioned, cancellationToken);
                return;
            case ActivityTypes.Message:
                if (shared && !Mentioned(activity))
                {
                    // Talk among people in a channel is not addressed to the bot.
                    return;
                }

                activity.RemoveRecipientMention();
                activity.Text = activity.Text?.Trim();
                if (string.IsNullOrEmpty(activity.Text) && TeamsInvoke.Text(activity.Value as JObject, TeamsCards.ChoiceKey) is { } submitted)
                {
                    // A card's Action.Submit fallback: the choice comes as the message's value, without text.
                    activity.Text = submitted;
                }

                NoteWhere(activity);
                await LookUpSenderAsync(turnContext, cancellationToken);
                await next(cancellationToken);
                return;
            case ActivityTypes.ConversationUpdate when shared:
                // Installed in a team or added to a group chat: no greeting to a whole channel.
                return;
            case ActivityTypes.Invoke when activity.Name == TeamsInvoke.CardAction && IsAgentDesk(activity):
                // A button on a case card in the agents' channel: the agent desk, never the customer pipeline. Resolved
                // here, not injected: the desk reaches customers through the adapters this middleware is part of.
                await LookUpSenderAsync(turnContext, cancellationToken);
                var action = TeamsInvoke.Action(activity);
                var body = await services.GetRequiredService<TeamsDesk>().HandleAsync(turnContext, (string?)action?["verb"] ?? string.Empty, action?["data"] as JObject, cancellationToken);
                await TeamsInvoke.RespondAsync(turnContext, body, cancellationToken);
                return;
            case ActivityTypes.Invoke when activity.Name == TeamsInvoke.CardAction:
                await ChooseAsync(turnContext, next, cancellationToken);
                return;
            default:
                await next(cancellationToken);
                return;
        }
    }

    // A pressed button is the customer's choice: the turn runs on it as a message, and the invoke is answered with the
    // card saying what was chosen, which Teams shows in place of the buttons.
    private async Task ChooseAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var action = TeamsInvoke.Action(activity);
        var choice = TeamsInvoke.Text(action?["data"], TeamsCards.ChoiceKey);
        if (action is null || (string?)action["verb"] != TeamsCards.ChooseVerb || string.IsNullOrWhiteSpace(choice))
        {
            LogMalformedInvoke(logger, activity.Conversation?.Id);
            await TeamsInvoke.RespondAsync(
                turnContext,
                TeamsInvoke.Error(400, "BadRequest", $"An {TeamsInvoke.CardAction} invoke needs value.action with verb \"{TeamsCards.ChooseVerb}\" and data.{TeamsCards.ChoiceKey}, a non-empty string."),
                cancellationToken);
            return;
        }

        var cardText = TeamsInvoke.Text(action["data"], TeamsCards.PromptKey);
        activity.Type = ActivityTypes.Message;
        activity.Text = choice;
        try
        {
            await LookUpSenderAsync(turnContext, cancellationToken);
            await next(cancellationToken);
        }
        finally
        {
            // The adapter answers the HTTP request by the activity's type: it must be the invoke again.
            activity.Type = ActivityTypes.Invoke;
        }

        var chosen = TeamsCards.Chosen(cardText, choice);
        await TeamsInvoke.RespondAsync(turnContext, TeamsInvoke.Card(chosen), cancellationToken);
        await TeamsInvoke.ReplaceCardAsync(turnContext, chosen, cancellationToken);
    }

    // The CRM knows customers by email: Teams gives it (and the UPN) through the member lookup, not on the activity.
    private async Task LookUpSenderAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var from = turnContext.Activity.From;
        if (from?.Id is not { Length: > 0 } userId || turnContext.Activity.Conversation?.Id is null)
        {
            return;
        }

        if (!members.TryGetValue(userId, out TeamsChannelAccount? member))
        {
            try
            {
                member = await TeamsInfo.GetMemberAsync(turnContext, userId, cancellationToken);
                members.Set(userId, member, MemberMemory);
            }
            catch (Exception ex) when (ex is ErrorResponseException or HttpRequestException or InvalidOperationException or Microsoft.Rest.HttpOperationException)
            {
                // Unknown to the CRM this turn; the conversation goes on.
                LogLookupFailed(logger, ex, turnContext.Activity.Conversation.Id);
                return;
            }
        }

        if (member?.Email is { Length: > 0 } email)
        {
            from.Properties["email"] = email;
        }

        if (member?.UserPrincipalName is { Length: > 0 } upn)
        {
            from.Properties["userPrincipalName"] = upn;
        }

        from.AadObjectId ??= member?.AadObjectId;
    }

    // Where in Teams the customer writes (tenant, team, channel, or a personal chat) is the case's page context: the
    // agent sees it beside the conversation, as the page a web chat customer was on.
    private static void NoteWhere(Activity activity)
    {
        var data = activity.ChannelData as JObject ?? [];
        if (data["page"] is not null)
        {
            return;
        }

        var teams = activity.GetChannelData<TeamsChannelData>();
        data["page"] = new JObject
        {
            ["title"] = activity.Conversation?.ConversationType switch
            {
                "channel" => $"Microsoft Teams channel {teams?.Channel?.Name ?? teams?.Channel?.Id}{(teams?.Team?.Name is { } team ? $" in {team}" : string.Empty)}",
                "groupChat" => "Microsoft Teams group chat",
                _ => "Microsoft Teams personal chat",
            },
            ["tenantId"] = teams?.Tenant?.Id ?? activity.Conversation?.TenantId,
            ["teamId"] = teams?.Team?.Id,
            ["channelId"] = teams?.Channel?.Id,
            ["aadObjectId"] = activity.From?.AadObjectId,
        };
        activity.ChannelData = data;
    }

    private static bool Mentioned(Activity activity) => activity.GetMentions().Any(m => m.Mentioned?.Id == activity.Recipient?.Id);

    private bool IsAgentDesk(Activity activity)
    {
        var options = desk.Value;
        var channel = activity.GetChannelData<TeamsChannelData>()?.Channel?.Id ?? activity.Conversation?.Id?.Split(';')[0];
        return options.Enabled && channel is not null
            && (options.Channels.Values.Contains(channel, StringComparer.Ordinal) || string.Equals(options.DefaultChannel, channel, StringComparison.Ordinal));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A malformed adaptiveCard/action invoke in {ConversationId} was refused")]
    private static partial void LogMalformedInvoke(ILogger logger, string? conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Teams member lookup failed in {ConversationId}")]
    private static partial void LogLookupFailed(ILogger logger, Exception exception, string conversationId);
}
