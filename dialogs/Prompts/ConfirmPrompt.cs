using HandoffBot.Dialogs.Choices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Prompts;

/// <summary>Asks a yes/no question with Yes/No buttons. Also accepts "1"/"2", the positions of the buttons.</summary>
public class ConfirmPrompt : Prompt<bool>
{
    public ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null)
        : base(dialogId, validator)
    {
    }

    /// <summary>Gets or sets the labels of the two choices, yes first.</summary>
    public (Choice Yes, Choice No) ConfirmChoices { get; set; } = (new Choice("Yes"), new Choice("No"));

    /// <summary>Gets or sets how the choices are rendered when the options do not say.</summary>
    public ListStyle Style { get; set; } = ListStyle.SuggestedAction;

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        var prompt = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var choices = new List<Choice> { ConfirmChoices.Yes, ConfirmChoices.No };
        await turnContext.SendActivityAsync(ChoiceFactory.Render(prompt, choices, options.Style ?? Style), cancellationToken);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        var result = new PromptRecognizerResult<bool>();
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            return Task.FromResult(result);
        }

        var text = turnContext.Activity.Text;
        var value = BooleanRecognizer.Recognize(text) ?? RecognizeLabel(text);
        result.Succeeded = value.HasValue;
        result.Value = value ?? false;
        return Task.FromResult(result);
    }

    // The button labels (possibly custom) and their positions, "1" for yes and "2" for no.
    private bool? RecognizeLabel(string? text)
    {
        var found = ChoiceRecognizer.RecognizeChoice(text, [ConfirmChoices.Yes, ConfirmChoices.No]);
        return found is null ? null : found.Index == 0;
    }
}
