namespace HandoffBot.Dialogs.Choices;

/// <summary>How choices are rendered (numeric values match the SDK's enum).</summary>
public enum ListStyle
{
    /// <summary>Only the prompt text; the choices are not shown.</summary>
    None = 0,

    /// <summary>Let the engine pick; currently suggested actions.</summary>
    Auto = 1,

    /// <summary>Appended to the text: "(1) Red, (2) Green, or (3) Blue".</summary>
    Inline = 2,

    /// <summary>A numbered list below the text.</summary>
    List = 3,

    /// <summary>imBack suggested-action buttons.</summary>
    SuggestedAction = 4,
}
