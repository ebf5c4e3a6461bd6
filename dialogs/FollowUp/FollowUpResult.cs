namespace HandoffBot.Dialogs.FollowUp;

/// <summary>What the follow-up dialog returns.</summary>
public sealed record FollowUpResult(FollowUpOutcome Outcome, string? TicketId = null);
