namespace HandoffBot.Handoff;

/// <summary>The families of reasons a conversation leaves the bot.</summary>
public enum TriggerKind
{
    /// <summary>The customer asked for it, or asked for something only a person does (cancellation, refund, dispute).</summary>
    Explicit,

    /// <summary>A topic the bot never answers (legal, compliance, security, pricing negotiation, exceptions).</summary>
    Boundary,

    /// <summary>Frustration or negative sentiment, per message or rising over the conversation.</summary>
    Sentiment,

    /// <summary>The same problem tried without success, or "that didn't help".</summary>
    Loop,

    /// <summary>The bot declined: nothing it knows answers with enough confidence.</summary>
    Confidence,

    /// <summary>The customer's profile: tier, open bugs, low CSAT, renewal near, churn signals.</summary>
    Context,

    /// <summary>The customer accepted an offer of a person.</summary>
    AcceptedOffer,
}
