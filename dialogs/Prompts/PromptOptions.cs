using HandoffBot.Dialogs.Choices;
using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Prompts;

/// <summary>What a prompt says and accepts. Persisted in the prompt's state, so it must stay JSON-serializable.</summary>
public class PromptOptions
{
    public Activity? Prompt { get; set; }

    /// <summary>Gets or sets what is sent after invalid input; <see cref="Prompt"/> is used when unset.</summary>
    public Activity? RetryPrompt { get; set; }

    public IList<Choice>? Choices { get; set; }

    /// <summary>Gets or sets how choices are rendered; the prompt's own style applies when unset.</summary>
    public ListStyle? Style { get; set; }

    /// <summary>Gets or sets extra data for validators (e.g. a range). Must be JSON-friendly.</summary>
    public object? Validations { get; set; }

    /// <summary>Gets or sets the Recognizers.Text culture for number and date prompts (default English).</summary>
    public string? RecognizeLanguage { get; set; }
}
