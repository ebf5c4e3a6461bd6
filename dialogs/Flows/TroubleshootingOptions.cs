namespace HandoffBot.Dialogs.Flows;

/// <summary>Options of <see cref="TroubleshootingFlow"/>: the problem (a <see cref="TroubleshootingGuide.Key"/>; asked when null) and the step to show.</summary>
public sealed record TroubleshootingOptions(string? Problem = null, int Step = 0);
