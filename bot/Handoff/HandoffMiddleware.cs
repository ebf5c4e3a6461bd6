using HandoffBot.Customers;
using HandoffBot.Dialogs.Prompts;
using HandoffBot.Dialogs.Signals;
using HandoffBot.Dialogs.Tracing;
using HandoffBot.Handoff.Rulebook;
using Microsoft.Bot.Builder;
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
    ConversationState conversationState,
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
        var detection = detector.Detect(text);
        state.Frustration = [.. Detection.SentimentTrend.Append(state.Frustration, detection.Sentiment.Frustration, rulebook.Implicit.Sentiment.Window)];

        if (state.Status is HandoffStatus.Waiting or HandoffStatus.Accepted && state.HandoffId is { } openId)
        {
            // The case already has a person (or will soon): this message is for them, and nothing is lost.
            await hub.AppendCustomerMessageAsync(openId, turnContext.Activity, cancellationToken);
            if (state.Status == HandoffStatus.Waiting)
            {
                await turnContext.SendActivityAsync(MessageFactory.Text(rulebook.Messages.WaitingAcknowledgement), cancellationToken);
            }

            await SaveAsync(turnContext, state, cancellationToken);
            return;
        }

        var facts = Facts(CustomerContextMiddleware.Get(turnContext), detection.ChurnSignal);
        var thresholds = rulebook.Context.Resolve(rulebook.Implicit, facts);

        if (state.Status == HandoffStatus.Offered)
        {
            var answer = AnswerToOffer(rulebook, text);
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

        var inbound = InboundImplicit(rulebook, state, detection, thresholds);
        if (detection.Immediate is { } immediate)
        {
            // Frustration and the profile still count: they set how urgent the case is.
            await HandOffAsync(turnContext, state, rulebook, facts, [immediate, .. inbound, .. ContextTriggers(rulebook, facts)], cancellationToken);
            return;
        }

        if (inbound.Count > 0)
        {
            await OfferOrHandOffAsync(turnContext, state, rulebook, facts, inbound, detection, cancellationToken);
            return;
        }

        var signals = TurnSignals.For(turnContext);
        await next(cancellationToken);

        var outcome = OutcomeTriggers(state, signals, thresholds, text);
        if (outcome.Count > 0 || (thresholds.AlwaysOfferHuman && signals.Declined))
        {
            await OfferOrHandOffAsync(turnContext, state, rulebook, facts, outcome, detection, cancellationToken);
            return;
        }

        await DecideAsync(turnContext, "none", [], null, detection, cancellationToken);
        await SaveAsync(turnContext, state, cancellationToken);
    }

    private static List<FiredTrigger> InboundImplicit(Rulebook.Rulebook rulebook, HandoffState state, MessageDetection detection, EffectiveThresholds thresholds)
    {
        var fired = new List<FiredTrigger>();
        var trend = Detection.SentimentTrend.Compute(state.Frustration, rulebook.Implicit.Sentiment.Window);
        if (detection.Sentiment.Frustration >= thresholds.FrustrationThreshold || trend.Level >= thresholds.FrustrationThreshold)
        {
            var evidence = string.Join(", ", detection.Sentiment.Evidence.DefaultIfEmpty("rising frustration"));
            fired.Add(new FiredTrigger(Rulebook.Rulebook.FrustrationTrigger, TriggerKind.Sentiment, $"{evidence}; level {trend.Level:0.00}", detection.Sentiment.Frustration, null));
        }

        if (detection.NotHelped)
        {
            var topic = state.Tried.LastOrDefault()?.Topic ?? "conversation";
            var failures = state.FailuresByTopic[topic] = state.FailuresByTopic.GetValueOrDefault(topic) + 1;
            if (failures >= thresholds.MaxAttempts)
            {
                fired.Add(new FiredTrigger(Rulebook.Rulebook.LoopTrigger, TriggerKind.Loop, $"said it did not help ({failures} failed attempts on {topic})", 1, null));
            }
        }

        return fired;
    }

    private static string Normalize(string? text) =>
        string.Join(' ', (text ?? string.Empty).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('?', '!', '.');

    private static List<FiredTrigger> OutcomeTriggers(HandoffState state, TurnSignals signals, EffectiveThresholds thresholds, string? question)
    {
        var fired = new List<FiredTrigger>();
        // Without a topic from the bot, the question itself is the topic: asking the same thing again is a loop,
        // two different questions the bot cannot answer are not.
        var topic = signals.TopicKey ?? signals.Intent ?? "question:" + Normalize(question);
        if (signals.Tried is { } tried)
        {
            state.Tried.Add(new AttemptRecord(tried, topic, signals.Outcome, state.Turn));
        }

        var failed = signals.Declined || signals.Outcome is AttemptOutcome.Failed || signals.CustomerSaidNotHelpful;
        if (!failed)
        {
            return fired;
        }

        var failures = state.FailuresByTopic[topic] = state.FailuresByTopic.GetValueOrDefault(topic) + 1;
        if (signals.Declined || (signals.AnswerConfidence is { } confidence && confidence < thresholds.ConfidenceThreshold))
        {
            fired.Add(new FiredTrigger(Rulebook.Rulebook.LowConfidenceTrigger, TriggerKind.Confidence, $"the bot declined (confidence {signals.AnswerConfidence ?? 0:0.00})", 1 - (signals.AnswerConfidence ?? 0), null));
        }

        if (failures >= thresholds.MaxAttempts)
        {
            fired.Add(new FiredTrigger(Rulebook.Rulebook.LoopTrigger, TriggerKind.Loop, $"{failures} failed attempts on {topic}", 1, null));
        }

        return fired;
    }

    private async Task OfferOrHandOffAsync(
        ITurnContext turnContext, HandoffState state, Rulebook.Rulebook rulebook, CustomerFacts facts, List<FiredTrigger> fired, MessageDetection detection, CancellationToken cancellationToken)
    {
        var triggers = fired.Concat(ContextTriggers(rulebook, facts)).ToList();
        var priority = Priority(rulebook, triggers, facts);
        if (priority.HandOffImmediately)
        {
            await HandOffAsync(turnContext, state, rulebook, facts, triggers, cancellationToken);
            return;
        }

        var coolingDown = state.RefusedAtTurn is { } refused && state.Turn - refused <= rulebook.Offer.CooldownTurns && priority.Score <= state.RefusedPriority;
        if (!coolingDown)
        {
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
        var priority = Priority(rulebook, triggers, facts);
        var skill = triggers.Select(t => t.Skill).FirstOrDefault(s => s is not null) ?? rulebook.DefaultSkill;
        var customer = CustomerContextMiddleware.Get(turnContext);
        var request = new HandoffRequest(
            triggers, priority.Score, skill, customer is null ? null : JObject.Parse(System.Text.Json.JsonSerializer.Serialize(customer, CustomerProfile.JsonOptions)), state.Tried);
        var opened = await initiator.InitiateAsync(
            turnContext,
            request,
            async handoff => rulebook.Messages.FormatTransition(WaitText(await hub.EstimateWaitAsync(handoff, cancellationToken))),
            cancellationToken);
        state.Status = HandoffStatus.Waiting;
        state.HandoffId = opened.HandoffId;
        await turnContext.SendDecisionTraceAsync(
            TraceNames.HandoffDecision,
            new HandoffDecisionTrace("handoff", triggers, priority.Score, priority.ToString(), skill, null, state.Frustration.LastOrDefault()),
            $"Handoff: {triggers[0].Name}",
            cancellationToken);
        await SaveAsync(turnContext, state, cancellationToken);
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
                state.Status = HandoffStatus.None;
                state.HandoffId = null;
                state.FailuresByTopic.Clear();
                var message = status == "completed" ? BackWithBot : rulebook.Messages.HandoffFailed;
                await turnContext.SendActivityAsync(MessageFactory.Text(message), cancellationToken);
                break;
        }

        await SaveAsync(turnContext, state, cancellationToken);
    }

    // Context rules are weighed from the facts; handoff buckets and an accepted offer carry no weight of their own.
    private static PriorityResult Priority(Rulebook.Rulebook rulebook, IEnumerable<FiredTrigger> triggers, CustomerFacts facts) =>
        PriorityCalculator.Compute(rulebook, triggers.Select(t => t.Name).Where(rulebook.Priority.TriggerWeights.ContainsKey).Distinct(), facts);

    private static IEnumerable<FiredTrigger> ContextTriggers(Rulebook.Rulebook rulebook, CustomerFacts facts) =>
        rulebook.Context.Matching(facts).Select(r => new FiredTrigger(r.Name, TriggerKind.Context, $"customer profile: {r.Name}", r.Weight / 100.0, null));

    private CustomerFacts Facts(CustomerProfile? profile, bool churnSignal)
    {
        if (profile is null)
        {
            return new CustomerFacts(ChurnSignal: churnSignal);
        }

        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        int? daysToRenewal = profile.RenewalDate is { } renewal ? renewal.DayNumber - today.DayNumber : null;
        return new CustomerFacts(
            profile.IsKnown ? Enum.Parse<Rulebook.CustomerTier>(profile.Tier.ToString()) : null,
            profile.OpenBugs,
            profile.LastCsat,
            daysToRenewal,
            churnSignal);
    }

    private static bool? AnswerToOffer(Rulebook.Rulebook rulebook, string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Equals(rulebook.Messages.OfferAccept, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return trimmed.Equals(rulebook.Messages.OfferDecline, StringComparison.OrdinalIgnoreCase) ? false : BooleanRecognizer.Recognize(trimmed);
    }

    private static string WaitText(TimeSpan wait) =>
        wait <= TimeSpan.FromMinutes(5) ? "a few minutes" : $"about {Math.Ceiling(wait.TotalMinutes / 5) * 5:0} minutes";

    private Task DecideAsync(ITurnContext turnContext, string action, IReadOnlyList<FiredTrigger> triggers, PriorityResult? priority, MessageDetection detection, CancellationToken cancellationToken) =>
        turnContext.SendDecisionTraceAsync(
            TraceNames.HandoffDecision,
            new HandoffDecisionTrace(
                action, triggers, priority?.Score ?? 0, priority?.ToString() ?? string.Empty, triggers.Select(t => t.Skill).FirstOrDefault(s => s is not null),
                detection.Top is { } top ? $"{top.Label} {top.Score:0.00}{(top.Negated ? " (negated)" : string.Empty)}" : null,
                detection.Sentiment.Frustration),
            $"Handoff decision: {action}",
            cancellationToken);

    private async Task SaveAsync(ITurnContext turnContext, HandoffState state, CancellationToken cancellationToken)
    {
        // Values read back from storage are copies of the cached JSON: set the object back, then save.
        await _state.SetAsync(turnContext, state, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }
}
