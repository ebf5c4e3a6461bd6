namespace HandoffBot.Language;

/// <summary>One example utterance of a label (a rulebook trigger, a bucket, an intent).</summary>
public sealed record LabeledExample(string Label, string Text);
