namespace HandoffBot.Dialogs.Engine;

/// <summary>An event raised on the dialog tree; see <see cref="DialogEvents"/> for the built-in names.</summary>
public class DialogEvent
{
    public string Name { get; set; } = string.Empty;

    public object? Value { get; set; }

    /// <summary>Gets or sets a value indicating whether the event travels to parent contexts when not handled.</summary>
    public bool Bubble { get; set; }
}
