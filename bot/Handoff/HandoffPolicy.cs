using HandoffBot.Customers;
using HandoffBot.Dialogs.Prompts;
using HandoffBot.Dialogs.Signals;
using HandoffBot.Handoff.Rulebook;

namespace HandoffBot.Handoff;

/// <summary>
/// The rules the handoff middleware applies, as pure functions of the rulebook, the message, the conversation's
/// handoff state and the customer: which implicit triggers fire, how urgent a case is, what counts as yes or no.
/// </summary>
public static class HandoffPolicy
{
    public static List<FiredTrigger> InboundImplicit(Rulebook.Rulebook rulebook, HandoffState state, MessageDetection detection, EffectiveThresholds thresholds)
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

    public static List<FiredTrigger> OutcomeTriggers(HandoffState state, TurnSignals signals, EffectiveThresholds thresholds, string? question)
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

        // A decline already offers a person; it is a loop too only when the same problem failed before.
        if (failures >= thresholds.MaxAttempts && (!signals.Declined || failures > 1))
        {
            fired.Add(new FiredTrigger(Rulebook.Rulebook.LoopTrigger, TriggerKind.Loop, $"{failures} failed attempts on {topic}", 1, null));
        }

        return fired;
    }

    // Context rules are weighed from the facts; handoff buckets and an accepted offer carry no weight of their own.
    public static PriorityResult Priority(Rulebook.Rulebook rulebook, IEnumerable<FiredTrigger> triggers, CustomerFacts facts) =>
        PriorityCalculator.Compute(rulebook, triggers.Select(t => t.Name).Where(rulebook.Priority.TriggerWeights.ContainsKey).Distinct(), facts);

    /// <summary>
    /// A churn signal said in this message ("honestly we might switch"), as the rulebook's churn rule firing with the
    /// words that said it and the rule's team (account management in the shipped rulebook); null without one.
    /// </summary>
    public static FiredTrigger? ChurnTrigger(Rulebook.Rulebook rulebook, MessageDetection detection)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        ArgumentNullException.ThrowIfNull(detection);
        return detection.ChurnSignal && rulebook.Context.Rules.FirstOrDefault(r => r.When.ChurnSignal == true) is { } rule
            ? new FiredTrigger(rule.Name, TriggerKind.Context, $"said in the conversation: {detection.ChurnEvidence}", rule.Weight / 100.0, rule.Skill)
            : null;
    }

    /// <summary><paramref name="fired"/>, then the context rules the customer matches that did not fire already.</summary>
    public static List<FiredTrigger> WithContext(Rulebook.Rulebook rulebook, CustomerFacts facts, IReadOnlyList<FiredTrigger> fired) =>
        [.. fired, .. ContextTriggers(rulebook, facts).Where(c => fired.All(f => f.Name != c.Name))];

    private static IEnumerable<FiredTrigger> ContextTriggers(Rulebook.Rulebook rulebook, CustomerFacts facts) =>
        rulebook.Context.Matching(facts).Select(r => new FiredTrigger(r.Name, TriggerKind.Context, $"customer profile: {r.Name}", r.Weight / 100.0, null));

    /// <summary>Longest reply still read as a plain yes or no to an offer; longer ones say something else.</summary>
    public const int OfferAnswerMaxWords = 5;

    /// <summary>
    /// True or false when the message answers the offer; null when it is about something else. Only a short reply
    /// counts ("ok requested a new one and it worked" is news, not a yes), and "nope, still broken" is a report that
    /// the answer did not help, not a refusal.
    /// </summary>
    public static bool? AnswerToOffer(Rulebook.Rulebook rulebook, string? text, MessageDetection detection)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        ArgumentNullException.ThrowIfNull(detection);
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Equals(rulebook.Messages.OfferAccept, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (trimmed.Equals(rulebook.Messages.OfferDecline, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var answer = words.Length <= OfferAnswerMaxWords
            ? BooleanRecognizer.Recognize(trimmed)
            : LeadingAnswer(words[0]);
        return answer == false && detection.NotHelped ? null : answer;
    }

    // A longer reply answers only when it opens with an unmistakable yes or no ("no, just tell me how…");
    // "ok" and "sure" open plenty of sentences that are not answers.
    private static bool? LeadingAnswer(string firstWord) =>
        firstWord.Trim(',', '.', '!', ' ').ToLowerInvariant() switch
        {
            "yes" or "yeah" or "yep" or "yup" => true,
            "no" or "nope" or "nah" => false,
            _ => null,
        };

    public static CustomerFacts Facts(CustomerProfile? profile, bool churnSignal, DateOnly today)
    {
        if (profile is null)
        {
            return new CustomerFacts(ChurnSignal: churnSignal);
        }

        int? daysToRenewal = profile.RenewalDate is { } renewal ? renewal.DayNumber - today.DayNumber : null;
        return new CustomerFacts(
            profile.IsKnown ? Enum.Parse<Rulebook.CustomerTier>(profile.Tier.ToString()) : null,
            profile.OpenBugs,
            profile.LastCsat,
            daysToRenewal,
            churnSignal);
    }
}
