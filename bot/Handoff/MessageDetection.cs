using HandoffBot.Handoff.Detection;
using HandoffBot.Language;

namespace HandoffBot.Handoff;

/// <summary>What one customer message says, as far as handing off is concerned.</summary>
/// <param name="Immediate">An explicit request, boundary topic or handoff bucket, if one matched (strongest first).</param>
/// <param name="Top">The best label and its score, whatever it was (for the decision trace).</param>
/// <param name="NotHelped">The customer said the last answer did not help.</param>
/// <param name="Sentiment">Tone and frustration of the message, with evidence.</param>
/// <param name="ChurnEvidence">What hinted at leaving ("…" reads as churn-risk (p=0.92)), if anything did.</param>
/// <param name="AlsoAsks">Some part of the message reads as a question the bot resolves (answer it before anything else).</param>
public sealed record MessageDetection(
    FiredTrigger? Immediate,
    LabelScore? Top,
    bool NotHelped,
    SentimentResult Sentiment,
    string? ChurnEvidence = null,
    bool AlsoAsks = false)
{
    /// <summary>The customer hinted at leaving.</summary>
    public bool ChurnSignal => ChurnEvidence is not null;
}
