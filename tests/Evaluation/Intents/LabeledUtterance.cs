namespace HandoffBot.Evaluation.Intents;

/// <summary>One utterance of an intent dataset and its intent.</summary>
public sealed record LabeledUtterance(string Text, string Intent);
