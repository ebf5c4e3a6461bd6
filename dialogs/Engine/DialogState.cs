using Newtonsoft.Json;

namespace HandoffBot.Dialogs.Engine;

/// <summary>A persisted dialog stack. Index 0 is the active (top) dialog.</summary>
public class DialogState
{
    public DialogState()
        : this(null)
    {
    }

    [JsonConstructor]
    public DialogState(List<DialogInstance>? stack)
    {
        DialogStack = stack ?? [];
    }

    [JsonProperty("dialogStack")]
    public List<DialogInstance> DialogStack { get; set; }
}
