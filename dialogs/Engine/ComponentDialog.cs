using Microsoft.Bot.Builder;

namespace HandoffBot.Dialogs.Engine;

/// <summary>
/// A dialog made of other dialogs. Its inner stack is persisted inside its own instance state under
/// <c>"dialogs"</c>, so a whole tree serializes as nested <c>dialogStack</c> arrays.
/// </summary>
public class ComponentDialog : DialogContainer
{
    /// <summary>Key of the inner <see cref="DialogState"/> in the instance state.</summary>
    public const string PersistedDialogState = "dialogs";

    public ComponentDialog(string? dialogId = null)
        : base(dialogId)
    {
    }

    /// <summary>Gets or sets the dialog started on begin; by default the first dialog added.</summary>
    public string? InitialDialogId { get; set; }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext outerDc, object? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotCancellationToken(options, nameof(options));
        await CheckForVersionChangeAsync(outerDc, cancellationToken);
        var innerDc = CreateChildContext(outerDc);
        var turnResult = await OnBeginDialogAsync(innerDc, options, cancellationToken);
        return await EndIfInnerFinishedAsync(outerDc, turnResult, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext outerDc, CancellationToken cancellationToken = default)
    {
        await CheckForVersionChangeAsync(outerDc, cancellationToken);
        var innerDc = CreateChildContext(outerDc);
        var turnResult = await OnContinueDialogAsync(innerDc, cancellationToken);
        return await EndIfInnerFinishedAsync(outerDc, turnResult, cancellationToken);
    }

    /// <summary>
    /// Called when a dialog pushed on top of this component in the outer stack ended: the component does not end,
    /// it reprompts its inner active dialog and waits.
    /// </summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext outerDc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        Guard.NotCancellationToken(result, nameof(result));
        await RepromptDialogAsync(outerDc.Context, outerDc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var innerDc = new DialogContext(Dialogs, turnContext, GetInnerState(instance));
        await innerDc.RepromptDialogAsync(cancellationToken);
        await OnRepromptDialogAsync(turnContext, instance, cancellationToken);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.CancelCalled)
        {
            // Give the inner dialogs their cancel hooks too; without a parent, the cancel stays inside.
            var innerDc = new DialogContext(Dialogs, turnContext, GetInnerState(instance));
            await innerDc.CancelAllDialogsAsync(cancellationToken);
        }

        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken);
    }

    public override DialogContext CreateChildContext(DialogContext dc)
    {
        return new DialogContext(Dialogs, dc, GetInnerState(dc.ActiveDialog!));
    }

    /// <summary>Registers a child dialog; the first one added becomes <see cref="InitialDialogId"/>.</summary>
    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public Dialog? FindDialog(string dialogId)
    {
        return Dialogs.Find(dialogId);
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        var initialDialogId = InitialDialogId
            ?? throw new InvalidOperationException($"ComponentDialog '{Id}' has no dialogs: call AddDialog or set InitialDialogId.");
        return innerDc.BeginDialogAsync(initialDialogId, options, cancellationToken);
    }

    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    protected virtual Task OnEndDialogAsync(ITurnContext context, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        return Task.CompletedTask;
    }

    protected virtual Task OnRepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        return Task.CompletedTask;
    }

    /// <summary>Ends this component in the outer stack, returning the inner result to the parent.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken)
    {
        return outerDc.EndDialogAsync(result, cancellationToken);
    }

    private static DialogState GetInnerState(DialogInstance instance)
    {
        return StateValue.GetOrCreate<DialogState>(instance.State, PersistedDialogState);
    }

    private async Task<DialogTurnResult> EndIfInnerFinishedAsync(DialogContext outerDc, DialogTurnResult innerResult, CancellationToken cancellationToken)
    {
        return innerResult.Status == DialogTurnStatus.Waiting
            ? EndOfTurn
            : await EndComponentAsync(outerDc, innerResult.Result, cancellationToken);
    }
}
