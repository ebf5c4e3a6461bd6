namespace HandoffBot.Handoff.Rulebook;

/// <summary>Below <see cref="Threshold"/> (0–1) the knowledge layer declines instead of answering, and a person is offered.</summary>
public sealed record ConfidenceRule(double Threshold);
