namespace HandoffBot.Dialogs.Engine;

/// <summary>Names of the built-in dialog events (same strings as Microsoft.Bot.Builder.Dialogs).</summary>
public static class DialogEvents
{
    public const string BeginDialog = "beginDialog";
    public const string RepromptDialog = "repromptDialog";
    public const string CancelDialog = "cancelDialog";
    public const string ActivityReceived = "activityReceived";
    public const string VersionChanged = "versionChanged";
    public const string Error = "error";
    public const string Custom = "custom";
}
