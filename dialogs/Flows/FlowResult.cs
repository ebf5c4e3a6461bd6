using HandoffBot.Dialogs.Signals;

namespace HandoffBot.Dialogs.Flows;

/// <summary>What a resolve flow returns to its parent: which flow ran and how it ended.</summary>
public sealed record FlowResult(string Flow, AttemptOutcome Outcome);
