namespace HandoffBot.Dialogs.Engine;

/// <summary>The status of the dialog stack after an operation, and the result of a dialog that completed.</summary>
public class DialogTurnResult
{
    public DialogTurnResult(DialogTurnStatus status, object? result = null)
    {
        Status = status;
        Result = result;
    }

    public DialogTurnStatus Status { get; set; }

    public object? Result { get; set; }

    /// <summary>Gets or sets a value indicating whether the parent of the completed dialog ended too.</summary>
    public bool ParentEnded { get; set; }
}
