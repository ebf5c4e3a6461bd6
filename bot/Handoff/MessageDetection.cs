using HandoffBot.Handoff.Detection;
using HandoffBot.Language;

namespace HandoffBot.Handoff;

/// <summary>What one customer message says, as far as handing off is concerned.</summary>
/// <param name="Immediate">An explicit request, boundary topic or handoff bucket, if one matched (strongest first).</param>
/// <param name="Top">The best label and its score, whatever it was (for the decision trace).</param>
/// <param name="ChurnSignal">The customer hinted at leaving.</param>
/// <param name="ChurnEvidence">What said so ("…" reads as churn-risk (p=0.92)), when <paramref name="ChurnSignal"/>.</param>
/// <param name="AlsoAsks">Some part of the message reads as a question the bot resolves (answer it before anything else).</param>
/// <param name="NotHelped">The customer said the last answer did not help.</param>
/// <param name="Sentiment">Tone and frustration of the message, with evidence.</param>
public sealed record MessageDetection(
    FiredTrigger? Immediate,
    LabelScore? Top,
    bool ChurnSignal,
    bool NotHelped,
    SentimentResult Sentiment,
    string? ChurnEvidence = null,
    bool AlsoAsks = false);
