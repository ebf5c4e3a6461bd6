namespace HandoffBot.Handoff.Rulebook;

/// <summary>
/// How urgent a case is, 0–100: <see cref="Base"/> plus the weight of every fired trigger and matching contextual rule,
/// plus <see cref="AgingPerMinute"/> for every minute waiting. At or above <see cref="ImmediateHandoffAt"/> implicit
/// triggers hand off at once instead of offering.
/// </summary>
public sealed record PriorityPolicy(
    int Base,
    double AgingPerMinute,
    int ImmediateHandoffAt,
    IReadOnlyDictionary<string, int> TriggerWeights);
