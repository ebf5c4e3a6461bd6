using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.FollowUp;
using HandoffBot.Handoff;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.FollowUps;

/// <summary>
/// Offers a follow-up (email or callback) when the handoff middleware opened a case nobody can answer soon, and runs
/// that offer's dialog while it lasts. A reply that is not about the offer goes on to the case, so nothing is lost.
/// </summary>
public sealed class FollowUpMiddleware(FollowUpDialog dialog, ConversationState conversationState, Staffing staffing, SqliteFollowUpStore store)
    : Microsoft.Bot.Builder.IMiddleware
{
    private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>("FollowUpDialogState");

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.Message && WithdrawalRecognizer.IsWithdrawal(activity.Text))
        {
            // "Never mind, I found it" in the middle of the offer: the handoff middleware closes the case.
            await _dialogState.DeleteAsync(turnContext, cancellationToken);
        }
        else if (activity.Type == ActivityTypes.Message && await IsActiveAsync(turnContext, cancellationToken))
        {
            var result = await dialog.RunAsync(turnContext, _dialogState, cancellationToken);
            if (result.Result is not FollowUpResult { Outcome: FollowUpOutcome.Ignored })
            {
                return;
            }
        }

        await next(cancellationToken);

        if (HandoffEnded.Find(turnContext) is { } ended || (activity.Type == ActivityTypes.Event && activity.Name == HandoffEventNames.HandoffStatus))
        {
            // A person took the case, or it ended: the offer is moot. A withdrawn case takes its ticket with it.
            await _dialogState.DeleteAsync(turnContext, cancellationToken);
            if (HandoffEnded.Find(turnContext) is { Outcome: HandoffEnded.Withdrawn, HandoffId: var withdrawn }
                && await store.FindByHandoffAsync(withdrawn, cancellationToken) is { } ticket)
            {
                await store.CloseAsync(ticket.Id, "customer", cancellationToken);
            }
        }
        else if (OfflineHandoff.Find(turnContext) is { } offline)
        {
            var options = new FollowUpOptions(offline.HandoffId, offline.Skill, TimeZoneFor(activity, offline.Skill));
            await dialog.RunAsync(turnContext, _dialogState, options, cancellationToken);
        }
    }

    private async Task<bool> IsActiveAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        (await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken)).DialogStack.Count > 0;

    /// <summary>Times the customer gives are read in their own zone when the channel says it, else in the team's.</summary>
    private string TimeZoneFor(Activity activity, string skill)
    {
        if (activity.LocalTimezone is { Length: > 0 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone.Id;
        }

        return staffing.TimeZoneOf(skill).Id;
    }
}
