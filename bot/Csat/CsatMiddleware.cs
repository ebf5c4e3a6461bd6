using System.Globalization;
using HandoffBot.Handoff;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Csat;

/// <summary>
/// Asks for a 1–5 rating when an agent completes a handoff, and once per conversation when a customer the bot alone
/// helped says goodbye (quick replies, free text read too); stores it and thanks the customer. A reply that is not a rating is the customer moving on: the survey is dropped and the bot answers.
/// </summary>
public sealed class CsatMiddleware(ConversationState conversationState, IEnumerable<ICsatRecorder> recorders, TimeProvider timeProvider)
    : Microsoft.Bot.Builder.IMiddleware
{
    private const int LowRating = 2;

    private readonly IStatePropertyAccessor<CsatState> _state = conversationState.CreateProperty<CsatState>(nameof(CsatState));

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Type == ActivityTypes.Message && await OnReplyAsync(turnContext, cancellationToken))
        {
            return;
        }

        await next(cancellationToken);

        if (HandoffEnded.Find(turnContext) is { Outcome: HandoffEnded.Completed, HandoffId: var handoffId })
        {
            await turnContext.SendActivityAsync(
                MessageFactory.SuggestedActions(CsatMessages.Choices, CsatMessages.Question, null, InputHints.ExpectingInput), cancellationToken);
            await SaveAsync(turnContext, new CsatState { PendingHandoffId = handoffId }, cancellationToken);
        }
        else if (AiOnlyFarewell.Find(turnContext) is not null && !(await _state.GetAsync(turnContext, () => new CsatState(), cancellationToken)).AiOnlyAsked)
        {
            await turnContext.SendActivityAsync(
                MessageFactory.SuggestedActions(CsatMessages.Choices, CsatMessages.AiOnlyQuestion, null, InputHints.ExpectingInput), cancellationToken);
            await SaveAsync(turnContext, new CsatState { PendingHandoffId = CsatRating.AiOnly, AiOnlyAsked = true }, cancellationToken);
        }
    }

    /// <summary>Records the reply when it rates the pending survey; true when the turn is done.</summary>
    private async Task<bool> OnReplyAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var state = await _state.GetAsync(turnContext, () => new CsatState(), cancellationToken);
        if (state.PendingHandoffId is not { } handoffId)
        {
            return false;
        }

        await SaveAsync(turnContext, new CsatState { AiOnlyAsked = state.AiOnlyAsked }, cancellationToken);
        var activity = turnContext.Activity;
        var read = handoffId == CsatRating.AiOnly ? CsatRatingReader.ReadAlone(activity.Text) : CsatRatingReader.Read(activity.Text);
        if (read is not { } rating)
        {
            return false;
        }

        // The quick reply alone says nothing more; anything else the customer wrote is kept as their comment.
        var text = activity.Text.Trim();
        var comment = CsatMessages.Choices.Contains(text) ? null : text;
        var record = new CsatRating(handoffId, activity.ChannelId, activity.Conversation.Id, rating, comment, timeProvider.GetUtcNow());
        foreach (var recorder in recorders)
        {
            await recorder.RecordAsync(record, cancellationToken);
        }

        var thanks = rating <= LowRating ? CsatMessages.ThanksLow : CsatMessages.Thanks;
        await turnContext.SendActivityAsync(
            MessageFactory.Text(thanks.Replace("{rating}", rating.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)), cancellationToken);
        return true;
    }

    // Values read back from storage are copies: set the object back; the pipeline saves at the end of the turn.
    private Task SaveAsync(ITurnContext turnContext, CsatState state, CancellationToken cancellationToken) =>
        _state.SetAsync(turnContext, state, cancellationToken);
}
