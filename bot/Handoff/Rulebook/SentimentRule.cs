namespace HandoffBot.Handoff.Rulebook;

/// <summary>Frustration fires when the average negative sentiment over the last <see cref="Window"/> customer turns reaches <see cref="FrustrationThreshold"/> (0–1).</summary>
public sealed record SentimentRule(double FrustrationThreshold, int Window);
