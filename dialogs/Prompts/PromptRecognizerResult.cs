namespace HandoffBot.Dialogs.Prompts;

/// <summary>What a prompt recognized in the user's reply.</summary>
public class PromptRecognizerResult<T>
{
    public bool Succeeded { get; set; }

    public T? Value { get; set; }

    /// <summary>Gets or sets a value indicating whether interruptions may still see the input despite a match.</summary>
    public bool AllowInterruption { get; set; }
}
