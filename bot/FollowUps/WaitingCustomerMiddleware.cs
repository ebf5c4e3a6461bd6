using HandoffBot.Handoff;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.FollowUps;

/// <summary>
/// Watches customers who wait for a person: notes when they last wrote (for the <see cref="InactivityMonitor"/>), and
/// when they leave the conversation (members removed, or end of conversation) turns their case into a follow-up ticket
/// at once.
/// </summary>
public sealed class WaitingCustomerMiddleware(
    ConversationState conversationState, SqliteWaitingCustomers waiting, CaseFollowUps followUps, TimeProvider timeProvider) : Microsoft.Bot.Builder.IMiddleware
{
    // The handoff middleware's own record of the conversation; read here, written only on the customer's departure.
    private readonly IStatePropertyAccessor<HandoffState> _handoff = conversationState.CreateProperty<HandoffState>(nameof(HandoffState));

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (CustomerLeft(activity))
        {
            await next(cancellationToken);
            await OnCustomerLeftAsync(turnContext, cancellationToken);
            return;
        }

        var tracked = activity.Type == ActivityTypes.Message || (activity.Type == ActivityTypes.Event && activity.Name == HandoffEventNames.HandoffStatus);
        if (!tracked)
        {
            await next(cancellationToken);
            return;
        }

        var before = (await _handoff.GetAsync(turnContext, () => new HandoffState(), cancellationToken)).HandoffId;
        await next(cancellationToken);
        var after = await _handoff.GetAsync(turnContext, () => new HandoffState(), cancellationToken);
        if (after is { Status: HandoffStatus.Waiting, HandoffId: { } id })
        {
            // A status event is not the customer speaking; only their messages (and the handoff itself) count.
            if (activity.Type == ActivityTypes.Message)
            {
                await waiting.SeenAsync(new WaitingCustomer(id, activity.ChannelId, activity.Conversation.Id, timeProvider.GetUtcNow()), cancellationToken);
            }
        }
        else if (before is not null)
        {
            await waiting.ForgetAsync(before, cancellationToken);
        }
    }

    private static bool CustomerLeft(IActivity activity) =>
        (activity.Type == ActivityTypes.ConversationUpdate && (activity.AsConversationUpdateActivity().MembersRemoved?.Any(m => m.Id != activity.Recipient?.Id) ?? false))
        || activity.Type == ActivityTypes.EndOfConversation;

    private async Task OnCustomerLeftAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var state = await _handoff.GetAsync(turnContext, () => new HandoffState(), cancellationToken);
        if (state is not { Status: HandoffStatus.Waiting, HandoffId: { } id })
        {
            return;
        }

        var activity = turnContext.Activity;
        await followUps.ConvertAsync(activity.ChannelId, activity.Conversation.Id, id, FollowUpReasons.CustomerLeft, cancellationToken);
        state.Status = HandoffStatus.None;
        state.HandoffId = null;
        await _handoff.SetAsync(turnContext, state, cancellationToken);
    }
}
