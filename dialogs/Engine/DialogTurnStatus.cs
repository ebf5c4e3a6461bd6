namespace HandoffBot.Dialogs.Engine;

/// <summary>The outcome of a dialog operation for the current turn.</summary>
public enum DialogTurnStatus
{
    Empty,
    Waiting,
    Complete,
    Cancelled,
    CompleteAndWait,
}
