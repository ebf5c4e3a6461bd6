using HandoffBot.Dialogs.Engine;
using Microsoft.Bot.Builder;

namespace HandoffBot.Dialogs.Prompts;

/// <summary>What a <see cref="PromptValidator{T}"/> sees: the turn, the recognition, the prompt's state and options.</summary>
public class PromptValidatorContext<T>
{
    public PromptValidatorContext(ITurnContext turnContext, PromptRecognizerResult<T> recognized, IDictionary<string, object?> state, PromptOptions options)
    {
        Context = turnContext;
        Recognized = recognized;
        State = state;
        Options = options;
    }

    public ITurnContext Context { get; }

    public PromptRecognizerResult<T> Recognized { get; }

    /// <summary>Gets the prompt's persisted state; store only JSON-friendly values here.</summary>
    public IDictionary<string, object?> State { get; }

    public PromptOptions Options { get; }

    /// <summary>Gets how many replies were received, this one included.</summary>
    public int AttemptCount => StateValue.To<int>(State.TryGetValue(Prompt<T>.AttemptCountKey, out var count) ? count : 0);
}
