namespace HandoffBot.Handoff.Rulebook;

/// <summary>Triggers the bot infers from the conversation rather than from what the customer asks for.</summary>
public sealed record ImplicitTriggers(SentimentRule Sentiment, LoopRule Loops, ConfidenceRule Confidence);
