namespace HandoffBot.Handoff.Rulebook;

/// <summary>
/// Something a customer says that hands off at once (asking for a person, cancelling, refunds, billing disputes,
/// complaints). <see cref="CounterExamples"/> look alike but must not fire ("how do I cancel a shared link?").
/// A null <see cref="Skill"/> routes by the conversation's bucket, else the rulebook's default skill.
/// </summary>
public sealed record ExplicitTrigger(
    string Name,
    string Description,
    string? Skill,
    IReadOnlyList<string> Examples,
    IReadOnlyList<string> CounterExamples);
