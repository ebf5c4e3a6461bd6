using HandoffBot.Customers;
using HandoffBot.Dialogs.Root;
using HandoffBot.Dialogs.Signals;
using HandoffBot.Dialogs.Tracing;
using HandoffBot.Handoff.Rulebook;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Handoff;

/// <summary>
/// The one place that decides whether a conversation leaves the bot. Inbound triggers (explicit requests, boundary
/// topics, frustration, "that didn't help") are checked before the bot runs; outcome triggers (declines, failed
/// attempts) after it, from <see cref="TurnSignals"/>. Explicit requests and boundaries hand off at once; implicit
/// triggers offer a person unless the priority is high enough to hand off at once. While a handoff is open, the
/// customer's messages go to the case instead of the bot.
/// </summary>
public sealed class HandoffMiddleware(
    RulebookProvider rulebooks,
    HandoffDetector detector,
    HandoffInitiator initiator,
    IAgentHub hub,
    SqliteDecisionLog decisions,
    ConversationState conversationState,
    Staffing staffing,
    IEnumerable<IFollowUpPromises> promises,
    TimeProvider timeProvider) : Microsoft.Bot.Builder.IMiddleware
{
    public const string BackWithBot = "Thanks for your patience. I'm back to help; is there anything else I can do for you?";

    private readonly IStatePropertyAccessor<HandoffState> _state = conversationState.CreateProperty<HandoffState>(nameof(HandoffState));

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.Event && activity.Name == HandoffEventNames.HandoffStatus)
        {
            await OnStatusAsync(turnContext, cancellationToken);
        }
        else if (activity.Type == ActivityTypes.Message)
        {
            await OnMessageAsync(turnContext, next, cancellationToken);
        }
        else
        {
            await next(cancellationToken);
        }
    }

    private async Task OnMessageAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var rulebook = rulebooks.Current;
        var state = await _state.GetAsync(turnContext, () => new HandoffState(), cancellationToken);
        state.Turn++;
        var text = turnContext.Activity.Text;
        var smallTalk = SmallTalk.Read(text);
        var detection = smallTalk is not null || CarriesNoRequest(text) ? detector.DetectTone(text) : detector.Detect(text);
        state.Frustration = [.. Detection.SentimentTrend.Append(state.Frustration, detection.Sentiment.Frustration, rulebook.Implicit.Sentiment.Window)];

        var facts = HandoffPolicy.Facts(CustomerContextMiddleware.Get(turnContext), detection.ChurnSignal, DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime));
        var thresholds = rulebook.Context.Resolve(rulebook.Implicit, facts);

        // The case, read once for the turn while the conversation has one.
        var open = state.Status is HandoffStatus.Waiting or HandoffStatus.Accepted
            ? await hub.FindOpenAsync(turnContext.Activity.ChannelId, turnContext.Activity.Conversation.Id, cancellationToken)
            : null;
        if (state.Status is HandoffStatus.Waiting or HandoffStatus.Accepted && state.HandoffId is { } heldId && open?.HandoffId != heldId)
        {
            // The case ended without this conversation (it became a follow-up ticket while the customer was away).
            state.Status = HandoffStatus.None;
            state.HandoffId = null;
        }

        if (state.Status == HandoffStatus.Waiting && state.HandoffId is { } withdrawnId && WithdrawalRecognizer.IsWithdrawal(text))
        {
            await hub.AppendCustomerMessageAsync(withdrawnId, turnContext.Activity, cancellationToken);
            await hub.CloseAsync(withdrawnId, HandoffEnded.Withdrawn, cancellationToken);
            new HandoffEnded(withdrawnId, HandoffEnded.Withdrawn).Publish(turnContext);
            state.Status = HandoffStatus.None;
            state.HandoffId = null;
            await turnContext.SendActivityAsync(MessageFactory.Text(rulebook.Messages.Withdrawn), cancellationToken);
            await DecideAsync(turnContext, "withdrawn", [], null, detection, cancellationToken);
            await SaveAsync(turnContext, state, cancellationToken);
            return;
        }

        if (state.Status is HandoffStatus.Waiting or HandoffStatus.Accepted && open is not null)
        {
            // The case already has a person (or will soon): this message is for them, and nothing is lost.
            await hub.AppendCustomerMessageAsync(open.HandoffId, turnContext.Activity, cancellationToken);
            if (state.Status == HandoffStatus.Waiting)
            {
                open = await ReprioritiseAsync(turnContext, open, rulebook, facts, detection, HandoffPolicy.InboundImplicit(rulebook, state, detection, thresholds), cancellationToken);
                await ReplyWhileWaitingAsync(turnContext, next, open, rulebook, smallTalk, cancellationToken);
            }

            await SaveAsync(turnContext, state, cancellationToken);
            return;
        }

        if (state.Status == HandoffStatus.Offered)
        {
            var answer = HandoffPolicy.AnswerToOffer(rulebook, text, detection);
            var offer = state.Offer;
            state.Status = HandoffStatus.None;
            state.Offer = [];
            if (answer == true)
            {
                await HandOffAsync(turnContext, state, rulebook, facts, [.. offer, new FiredTrigger("accepted-offer", TriggerKind.AcceptedOffer, $"\"{text}\"", 1, null)], cancellationToken);
                return;
            }

            if (answer == false && detection.Immediate is null)
            {
                state.RefusedAtTurn = state.Turn;
                state.RefusedPriority = state.OfferPriority;
                await turnContext.SendActivityAsync(MessageFactory.Text(rulebook.Messages.RefusalAcknowledgement), cancellationToken);
                await DecideAsync(turnContext, "refused", [], null, detection, cancellationToken);
                await SaveAsync(turnContext, state, cancellationToken);
                return;
            }
        }

        // Everyday conversation ("are you a bot?", "is anyone there?") gets its own short reply from the bot; it asks for
        // nobody and says nothing about how the help is going.
        var inbound = smallTalk is not null ? [] : HandoffPolicy.InboundImplicit(rulebook, state, detection, thresholds);

        // Thinking of leaving, said in this message: the churn rule fires with the words that said it and its team.
        List<FiredTrigger> churn = smallTalk is null && HandoffPolicy.ChurnTrigger(rulebook, detection) is { } leaving ? [leaving] : [];
        if (smallTalk is null && detection.Immediate is { } immediate)
        {
            // Frustration and the profile still count: they set how urgent the case is.
            var reasons = HandoffPolicy.WithContext(rulebook, facts, [immediate, .. inbound, .. churn]);
            await AcknowledgeFrustrationAsync(turnContext, rulebook, reasons, cancellationToken);
            await HandOffAsync(turnContext, state, rulebook, facts, reasons, cancellationToken);
            return;
        }

        // Someone from the churn rule's team should hear it at once; a message that also asks something gets its answer
        // first, and the offer after it.
        if (inbound.Count > 0 || (churn.Count > 0 && !detection.AlsoAsks))
        {
            await OfferOrHandOffAsync(turnContext, state, rulebook, facts, [.. churn, .. inbound], detection, cancellationToken);
            return;
        }

        var signals = TurnSignals.For(turnContext);
        await next(cancellationToken);

        var question = signals.Declined && signals.TopicKey is null && text is not null
            ? RememberDeclined(state, text, rulebook.Implicit.Loops.RephraseSimilarity)
            : text;
        var outcome = HandoffPolicy.OutcomeTriggers(state, signals, thresholds, question);
        outcome.InsertRange(0, churn);

        if (outcome.Count > 0 || (thresholds.AlwaysOfferHuman && signals.Declined))
        {
            await OfferOrHandOffAsync(turnContext, state, rulebook, facts, outcome, detection, cancellationToken);
            return;
        }

        if (smallTalk is SmallTalkKind.Thanks or SmallTalkKind.Goodbye or SmallTalkKind.ThanksAndGoodbye
            && state is { Status: HandoffStatus.None, HandedOff: false, Tried.Count: > 0 })
        {
            new AiOnlyFarewell().Publish(turnContext);
        }

        await DecideAsync(turnContext, "none", [], null, detection, cancellationToken);
        await SaveAsync(turnContext, state, cancellationToken);
    }

    private async Task OfferOrHandOffAsync(
        ITurnContext turnContext, HandoffState state, Rulebook.Rulebook rulebook, CustomerFacts facts, List<FiredTrigger> fired, MessageDetection detection, CancellationToken cancellationToken)
    {
        var triggers = HandoffPolicy.WithContext(rulebook, facts, fired);
        var priority = HandoffPolicy.Priority(rulebook, triggers, facts);
        if (priority.HandOffImmediately)
        {
            await AcknowledgeFrustrationAsync(turnContext, rulebook, triggers, cancellationToken);
            await HandOffAsync(turnContext, state, rulebook, facts, triggers, cancellationToken);
            return;
        }

        var coolingDown = state.RefusedAtTurn is { } refused && state.Turn - refused <= rulebook.Offer.CooldownTurns && priority.Score <= state.RefusedPriority;
        if (!coolingDown)
        {
            await AcknowledgeFrustrationAsync(turnContext, rulebook, triggers, cancellationToken);
            state.Status = HandoffStatus.Offered;
            state.Offer = triggers;
            state.OfferPriority = priority.Score;
            await turnContext.SendActivityAsync(
                MessageFactory.SuggestedActions(new[] { rulebook.Messages.OfferAccept, rulebook.Messages.OfferDecline }, rulebook.Messages.Offer, null, InputHints.ExpectingInput),
                cancellationToken);
        }

        await DecideAsync(turnContext, coolingDown ? "offer-suppressed" : "offer", triggers, priority, detection, cancellationToken);
        await SaveAsync(turnContext, state, cancellationToken);
    }

    private async Task HandOffAsync(
        ITurnContext turnContext, HandoffState state, Rulebook.Rulebook rulebook, CustomerFacts facts, List<FiredTrigger> triggers, CancellationToken cancellationToken)
    {
        var priority = HandoffPolicy.Priority(rulebook, triggers, facts);
        var skill = triggers.Select(t => t.Skill).FirstOrDefault(s => s is not null) ?? rulebook.DefaultSkill;
        var customer = CustomerContextMiddleware.Get(turnContext);
        var staffed = await staffing.CheckAsync(skill, cancellationToken);

        // On email a person replies by mail: the transition says so, and mail is itself the follow-up an offline team
        // would offer.
        var byEmail = string.Equals(turnContext.Activity.ChannelId, Channels.Email, StringComparison.Ordinal);
        var request = new HandoffRequest(
            triggers, priority.Score, skill, customer is null ? null : JObject.Parse(System.Text.Json.JsonSerializer.Serialize(customer, CustomerProfile.JsonOptions)), state.Tried);
        var opened = await initiator.InitiateAsync(
            turnContext,
            request,
            async handoff =>
            {
                if (!staffed.IsStaffed)
                {
                    var offline = staffing.OfflineMessage(staffed, rulebook.Messages);
                    return byEmail ? offline + " " + rulebook.Messages.EmailOffline : offline;
                }

                var wait = HandoffMessages.WaitText(await hub.EstimateWaitAsync(handoff, cancellationToken));
                return byEmail ? rulebook.Messages.FormatEmailTransition(wait) : rulebook.Messages.FormatTransition(wait);
            },
            cancellationToken);
        if (!staffed.IsStaffed && !byEmail)
        {
            // The case stays queued with everything; the follow-up offer comes next in this turn.
            new OfflineHandoff(opened.HandoffId, opened.Skill, staffed).Publish(turnContext);
        }

        state.Status = HandoffStatus.Waiting;
        state.HandoffId = opened.HandoffId;
        state.HandedOff = true;
        await PublishAsync(
            turnContext,
            new HandoffDecisionTrace("handoff", triggers, priority.Score, priority.ToString(), skill, null, state.Frustration.LastOrDefault()),
            cancellationToken);
        await SaveAsync(turnContext, state, cancellationToken);
    }

    /// <summary>"help", a menu number or a rating: nothing in it could ask for a person or raise a boundary topic.</summary>
    private static bool CarriesNoRequest(string? text) =>
        string.IsNullOrWhiteSpace(text) || !text.Any(char.IsLetter) || HelpTopics.IsHelpRequest(text);

    /// <summary>Keeps the declined question and returns the earlier one it rephrases (the same topic), or itself.</summary>
    private string RememberDeclined(HandoffState state, string text, double similarity)
    {
        const int Remembered = 5;
        var topic = detector.FindRephrased(text, state.DeclinedQuestions, similarity) ?? text;
        state.DeclinedQuestions = [.. state.DeclinedQuestions.Append(text).TakeLast(Remembered)];
        return topic;
    }

    // New information while waiting can change the case: a security incident mentioned in passing, or a customer
    // whose patience runs out, moves it up the queue or to another team.
    // Returns the case as it is now.
    private async Task<HandoffCase> ReprioritiseAsync(
        ITurnContext turnContext, HandoffCase open, Rulebook.Rulebook rulebook, CustomerFacts facts, MessageDetection detection, List<FiredTrigger> inbound, CancellationToken cancellationToken)
    {
        var fresh = detection.Immediate is { } immediate ? [immediate, .. inbound] : inbound;
        if (fresh.Count == 0)
        {
            return open;
        }

        var added = fresh.Where(f => open.Triggers.All(t => t.Name != f.Name)).ToList();
        var triggers = open.Triggers.Concat(added).ToList();
        var priority = Math.Max(open.Priority, HandoffPolicy.Priority(rulebook, triggers, facts).Score);
        var skill = detection.Immediate is { Skill: { } newSkill } && HandoffPolicy.Priority(rulebook, [detection.Immediate], facts).Score > open.Priority
            ? newSkill
            : open.Skill;
        if (added.Count > 0 && (priority > open.Priority || skill != open.Skill))
        {
            var updated = open with { Triggers = triggers, Priority = priority, Skill = skill };
            await hub.UpdateAsync(updated, cancellationToken);
            await PublishAsync(turnContext, new HandoffDecisionTrace("reprioritise", added, priority, string.Empty, skill, null, detection.Sentiment.Frustration), cancellationToken);
            return updated;
        }

        return open;
    }

    private async Task OnStatusAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var state = await _state.GetAsync(turnContext, () => new HandoffState(), cancellationToken);
        var value = turnContext.Activity.Value is { } raw ? JObject.FromObject(raw) : [];
        var status = value.Value<string>("state");
        var rulebook = rulebooks.Current;
        switch (status)
        {
            case "accepted" when state.Status == HandoffStatus.Waiting:
                state.Status = HandoffStatus.Accepted;
                break;
            case "completed" or "failed" when state.HandoffId is { } id:
                await hub.CloseAsync(id, status, cancellationToken);
                new HandoffEnded(id, status).Publish(turnContext);
                state.Status = HandoffStatus.None;
                state.HandoffId = null;
                state.FailuresByTopic.Clear();
                var message = status == "completed" ? BackWithBot : rulebook.Messages.HandoffFailed;
                await turnContext.SendActivityAsync(MessageFactory.Text(message), cancellationToken);
                break;
        }

        await SaveAsync(turnContext, state, cancellationToken);
    }

    /// <summary>
    /// While the customer waits, a question the help center answers is still answered (the person coming sees it in
    /// the case too); anything else gets an acknowledgement. Either way the customer hears the same state of the wait
    /// they were told: a person coming, the team away until a time, or the follow-up they asked for.
    /// </summary>
    private async Task ReplyWhileWaitingAsync(
        ITurnContext turnContext, NextDelegate next, HandoffCase open, Rulebook.Rulebook rulebook, SmallTalkKind? smallTalk, CancellationToken cancellationToken)
    {
        if (smallTalk is null)
        {
            var signals = TurnSignals.For(turnContext);
            signals.AnswerOnly = true;
            var hold = ReplyHold.Start(turnContext);
            await next(cancellationToken);
            if (hold.HasMessages && !signals.Declined && signals.Outcome != AttemptOutcome.Failed)
            {
                await hold.ReleaseAsync(turnContext, HandoffMessages.CaseStaysOpen(await WaitStatusAsync(open, cancellationToken)), cancellationToken);
                return;
            }

            hold.Discard();
        }

        var status = await WaitStatusAsync(open, cancellationToken);
        var reply = smallTalk == SmallTalkKind.AnyoneThere ? HandoffMessages.StillHere(status) : rulebook.Messages.FormatWaitingAcknowledgement(status);
        await turnContext.SendActivityAsync(MessageFactory.Text(reply), cancellationToken);
    }

    /// <summary>The state of the wait in one sentence, as the transition, the offline message or the follow-up put it.</summary>
    private async Task<string> WaitStatusAsync(HandoffCase open, CancellationToken cancellationToken)
    {
        foreach (var promise in promises)
        {
            if (await promise.FindAsync(open.HandoffId, cancellationToken) is { } promised)
            {
                return promised;
            }
        }

        var staffed = await staffing.CheckAsync(open.Skill, cancellationToken);
        return staffed.IsStaffed
            ? HandoffMessages.PersonComing(await hub.EstimateWaitAsync(open, cancellationToken))
            : staffing.OfflineStatus(staffed);
    }

    private Task DecideAsync(ITurnContext turnContext, string action, IReadOnlyList<FiredTrigger> triggers, PriorityResult? priority, MessageDetection detection, CancellationToken cancellationToken) =>
        PublishAsync(
            turnContext,
            new HandoffDecisionTrace(
                action, triggers, priority?.Score ?? 0, priority?.ToString() ?? string.Empty, triggers.Select(t => t.Skill).FirstOrDefault(s => s is not null),
                detection.Top is { } top ? $"{top.Label} {top.Score:0.00}{(top.Negated ? " (negated)" : string.Empty)}" : null,
                detection.Sentiment.Frustration),
            cancellationToken);

    // A frustrated customer hears that first, whatever comes next: an offer, a handoff, or the team's hours.
    private static Task AcknowledgeFrustrationAsync(ITurnContext turnContext, Rulebook.Rulebook rulebook, IReadOnlyList<FiredTrigger> triggers, CancellationToken cancellationToken) =>
        triggers.Any(t => t.Kind == TriggerKind.Sentiment)
            ? turnContext.SendActivityAsync(MessageFactory.Text(rulebook.Messages.FrustrationAcknowledgement), cancellationToken)
            : Task.CompletedTask;

    // Stored for the weekly review, and shown to testers in the Emulator.
    private async Task PublishAsync(ITurnContext turnContext, HandoffDecisionTrace decision, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        await decisions.RecordAsync(activity.ChannelId, activity.Conversation.Id, activity.Id, decision, cancellationToken);
        var label = decision.Triggers.Count > 0 ? $"Handoff decision: {decision.Action} ({decision.Triggers[0].Name})" : $"Handoff decision: {decision.Action}";
        await turnContext.SendDecisionTraceAsync(TraceNames.HandoffDecision, decision, label, cancellationToken);
    }

    // Values read back from storage are copies of the cached JSON: set the object back; the pipeline saves at the end.
    private Task SaveAsync(ITurnContext turnContext, HandoffState state, CancellationToken cancellationToken) =>
        _state.SetAsync(turnContext, state, cancellationToken);
}
