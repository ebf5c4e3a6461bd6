using HandoffBot.Dialogs.Choices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Prompts;

/// <summary>Asks the user to pick one of <see cref="PromptOptions.Choices"/>, by value, synonym or position.</summary>
public class ChoicePrompt : Prompt<FoundChoice>
{
    public ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null)
        : base(dialogId, validator)
    {
    }

    /// <summary>Gets or sets how the choices are rendered when the options do not say.</summary>
    public ListStyle Style { get; set; } = ListStyle.SuggestedAction;

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        var prompt = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var activity = ChoiceFactory.Render(prompt, options.Choices ?? [], options.Style ?? Style);
        await turnContext.SendActivityAsync(activity, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        var result = new PromptRecognizerResult<FoundChoice>();
        if (turnContext.Activity.Type == ActivityTypes.Message)
        {
            result.Value = ChoiceRecognizer.RecognizeChoice(turnContext.Activity.Text, options.Choices ?? []);
            result.Succeeded = result.Value is not null;
        }

        return Task.FromResult(result);
    }
}
