namespace HandoffBot.Dialogs.Engine;

/// <summary>Why a dialog is being started, continued, resumed or ended.</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,
}
