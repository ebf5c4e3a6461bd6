using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Engine;

/// <summary>
/// A dialog that runs a fixed sequence of steps. Each step either waits for the user, starts a child dialog, or moves
/// on; the result of the child (or the user's text) is passed to the next step, and the last step's result goes up.
/// </summary>
public class WaterfallDialog : Dialog
{
    internal const string PersistedOptions = "options";
    internal const string PersistedValues = "values";
    internal const string PersistedInstanceId = "instanceId";
    internal const string StepIndex = "stepIndex";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null)
        : base(dialogId)
    {
        _steps = steps?.ToList() ?? [];
    }

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        _steps.Add(step ?? throw new ArgumentNullException(nameof(step)));
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotCancellationToken(options, nameof(options));
        var state = dc.ActiveDialog!.State;
        state[PersistedOptions] = options;
        state[PersistedValues] = new Dictionary<string, object?>();
        state[PersistedInstanceId] = Guid.NewGuid().ToString();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A user message feeds the next step with its text; any other activity is ignored.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return Task.FromResult(EndOfTurn);
        }

        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        Guard.NotCancellationToken(result, nameof(result));
        var index = StateValue.To<int>(dc.ActiveDialog!.State[StepIndex]);
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    public override string GetVersion()
    {
        return $"{Id}:{_steps.Count}";
    }

    protected virtual Task<DialogTurnResult> OnStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        return _steps[stepContext.Index](stepContext, cancellationToken);
    }

    protected async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var state = dc.ActiveDialog!.State;
        state[StepIndex] = index;
        var values = StateValue.GetOrCreate<Dictionary<string, object?>>(state, PersistedValues);
        state.TryGetValue(PersistedOptions, out var options);
        var stepContext = new WaterfallStepContext(this, dc, options, values, index, reason, result);
        return await OnStepAsync(stepContext, cancellationToken);
    }
}
