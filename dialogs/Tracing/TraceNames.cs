namespace HandoffBot.Dialogs.Tracing;

/// <summary>Names of the decision traces the bot emits on the Emulator.</summary>
public static class TraceNames
{
    /// <summary>Which route the root dialog chose for a message, and why.</summary>
    public const string DialogRoute = "dialog.route";

    /// <summary>What the knowledge layer matched, with its confidence.</summary>
    public const string KnowledgeMatch = "knowledge.match";

    /// <summary>Which handoff rule fired (or none), on what evidence, with what weight.</summary>
    public const string HandoffDecision = "handoff.decision";
}
