using HandoffBot.Dialogs.Engine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Prompts;

/// <summary>
/// Base of the prompts: sends a question, recognizes the reply as <typeparamref name="T"/>, lets an optional validator
/// decide, and re-asks until it gets a valid answer, which it returns to its parent.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    internal const string AttemptCountKey = "AttemptCount";
    private const string PersistedOptions = "options";
    private const string PersistedState = "state";

    private readonly PromptValidator<T>? _validator;

    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        ArgumentException.ThrowIfNullOrEmpty(dialogId);
        _validator = validator;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotCancellationToken(options, nameof(options));
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Prompt options are required for Prompt dialogs.");
        }

        SetExpectingInput(promptOptions.Prompt);
        SetExpectingInput(promptOptions.RetryPrompt);
        var instanceState = dc.ActiveDialog!.State;
        var state = new Dictionary<string, object?> { [AttemptCountKey] = 0 };
        instanceState[PersistedOptions] = promptOptions;
        instanceState[PersistedState] = state;
        await OnPromptAsync(dc.Context, state, promptOptions, false, cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var (state, options) = ReadState(dc.ActiveDialog!);
        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken);
        state[AttemptCountKey] = StateValue.To<int>(state.TryGetValue(AttemptCountKey, out var count) ? count : 0) + 1;

        var isValid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, state, options), cancellationToken);
        if (isValid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        // A validator that explained the problem itself has responded; do not pile the retry prompt on top.
        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, state, options, true, cancellationToken);
        }

        return EndOfTurn;
    }

    /// <summary>Something pushed on top of the prompt ended: ask the question again rather than end early.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        Guard.NotCancellationToken(result, nameof(result));
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var (state, options) = ReadState(instance);
        await OnPromptAsync(turnContext, state, options, false, cancellationToken);
    }

    /// <summary>A reply this prompt recognizes is handled here, so interruption handlers in parents never see it.</summary>
    protected override async Task<bool> OnPreBubbleEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken)
    {
        if (e.Name != DialogEvents.ActivityReceived || dc.Context.Activity.Type != ActivityTypes.Message || dc.ActiveDialog is null)
        {
            return false;
        }

        var (state, options) = ReadState(dc.ActiveDialog);
        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken);
        return recognized.Succeeded;
    }

    protected abstract Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default);

    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default);

    /// <summary>Sends the retry prompt when retrying and set, else the prompt; a copy, since sending mutates activities.</summary>
    protected static async Task SendPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var activity = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (activity is not null)
        {
            await turnContext.SendActivityAsync(StateValue.DeepCopy(activity), cancellationToken);
        }
    }

    private static void SetExpectingInput(Activity? activity)
    {
        if (activity is not null && string.IsNullOrEmpty(activity.InputHint))
        {
            activity.InputHint = InputHints.ExpectingInput;
        }
    }

    // Typed within the turn that began the prompt; JSON after a reload. Converted objects are written back.
    private static (IDictionary<string, object?> State, PromptOptions Options) ReadState(DialogInstance instance)
    {
        var options = StateValue.GetOrCreate<PromptOptions>(instance.State, PersistedOptions);
        var state = StateValue.GetOrCreate<Dictionary<string, object?>>(instance.State, PersistedState);
        return (state, options);
    }
}
