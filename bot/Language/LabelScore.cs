namespace HandoffBot.Language;

/// <summary>
/// How well a message matched one label: <paramref name="Score"/> in [0, 1] after negation handling,
/// <paramref name="Example"/> the nearest example (the evidence), <paramref name="Clause"/> the part of the message that
/// matched it, and <paramref name="Negated"/> when the best match for this label sat inside a negated phrase
/// ("I don't want to cancel"), in which case <paramref name="Score"/> no longer counts it.
/// </summary>
public sealed record LabelScore(string Label, double Score, string Example, string Clause, bool Negated);
