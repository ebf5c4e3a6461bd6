namespace HandoffBot.Evaluation;

/// <summary>How one conversation scored (docs/DESIGN.md, "Labeled conversation sets and the evaluation command").</summary>
public enum HandoffOutcome
{
    /// <summary>Expected a handoff and <c>handoff.initiate</c> came by turn <c>by</c>.</summary>
    TruePositive,

    /// <summary>Expected a handoff and it came after turn <c>by</c>: a miss for recall, not a false positive for precision.</summary>
    Late,

    /// <summary>Expected a handoff and none came.</summary>
    FalseNegative,

    /// <summary>Expected none and a handoff came.</summary>
    FalsePositive,

    /// <summary>Expected none and none came.</summary>
    TrueNegative,
}
