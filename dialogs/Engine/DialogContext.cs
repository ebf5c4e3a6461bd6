using HandoffBot.Dialogs.Prompts;
using Microsoft.Bot.Builder;

namespace HandoffBot.Dialogs.Engine;

/// <summary>One dialog stack in one turn, with the operations that drive it.</summary>
public class DialogContext
{
    /// <summary>TurnState key marking that <c>activityReceived</c> was emitted this turn.</summary>
    internal const string ActivityReceivedEmittedKey = "activityReceivedEmitted";

    /// <summary>TurnState key holding the result of the dialog that ended last.</summary>
    internal const string LastResultKey = "turn.lastResult";

    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Context = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
        Stack = (state ?? throw new ArgumentNullException(nameof(state))).DialogStack;
    }

    public DialogContext(DialogSet dialogs, DialogContext parentDialogContext, DialogState state)
        : this(dialogs, (parentDialogContext ?? throw new ArgumentNullException(nameof(parentDialogContext))).Context, state)
    {
        Parent = parentDialogContext;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    /// <summary>Gets the stack; index 0 is the active dialog.</summary>
    public List<DialogInstance> Stack { get; }

    /// <summary>Gets or sets the context of the container that owns this stack, if any.</summary>
    public DialogContext? Parent { get; set; }

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>Gets the context of the active dialog's inner stack when the active dialog is a container.</summary>
    public DialogContext? Child =>
        ActiveDialog is { } instance && FindDialog(instance.Id) is DialogContainer container
            ? container.CreateChildContext(this)
            : null;

    /// <summary>Finds a dialog in this context's set, then in the parents'.</summary>
    public Dialog? FindDialog(string dialogId)
    {
        return Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);
    }

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotCancellationToken(options, nameof(options));
        ArgumentException.ThrowIfNullOrEmpty(dialogId);
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"DialogContext.BeginDialogAsync(): a dialog with id '{dialogId}' was not found.");
        Stack.Insert(0, new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>
    /// Continues the active dialog with the turn's activity. First, once per turn, emits <c>activityReceived</c>
    /// from the leaf with bubbling: the hook containers use for interruptions.
    /// </summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (!Context.TurnState.ContainsKey(ActivityReceivedEmittedKey))
        {
            Context.TurnState[ActivityReceivedEmittedKey] = true;
            await EmitEventAsync(DialogEvents.ActivityReceived, Context.Activity, bubble: true, fromLeaf: true, cancellationToken);
        }

        if (ActiveDialog is not { } instance)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        return await FindOrThrow(instance.Id).ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes the one below it, or completes the stack with the result.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        Guard.NotCancellationToken(result, nameof(result));
        await EndActiveDialogAsync(DialogReason.EndCalled, result, cancellationToken);
        if (ActiveDialog is { } parent)
        {
            return await FindOrThrow(parent.Id).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Ends the active dialog without resuming its parent and starts another in its place (loops).</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotCancellationToken(options, nameof(options));
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, null, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>
    /// Pops every dialog with <see cref="DialogReason.CancelCalled"/>. Before each pop after the first, the level
    /// about to be popped receives <paramref name="eventName"/> (no bubbling) and may stop the cancel by handling it.
    /// </summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(bool cancelParents = false, string? eventName = null, object? eventValue = null, CancellationToken cancellationToken = default)
    {
        Guard.NotCancellationToken(eventValue, nameof(eventValue));
        eventName ??= DialogEvents.CancelDialog;
        if (Stack.Count == 0 && Parent is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var notify = false;
        var dc = this;
        while (dc is not null)
        {
            if (dc.Stack.Count > 0)
            {
                if (notify && await dc.EmitEventAsync(eventName, eventValue, bubble: false, fromLeaf: false, cancellationToken))
                {
                    break;
                }

                await dc.EndActiveDialogAsync(DialogReason.CancelCalled, null, cancellationToken);
            }
            else
            {
                dc = cancelParents ? dc.Parent : null;
            }

            notify = true;
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken)
    {
        return CancelAllDialogsAsync(false, null, null, cancellationToken);
    }

    /// <summary>Emits <c>repromptDialog</c> (no bubbling); if nobody handles it, asks the active dialog to reprompt.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } instance)
        {
            return;
        }

        if (!await EmitEventAsync(DialogEvents.RepromptDialog, null, bubble: false, fromLeaf: false, cancellationToken))
        {
            await FindOrThrow(instance.Id).RepromptDialogAsync(Context, instance, cancellationToken);
        }
    }

    /// <summary>Raises an event on the active dialog of this context, or of the deepest child when <paramref name="fromLeaf"/>.</summary>
    public async Task<bool> EmitEventAsync(string name, object? value = null, bool bubble = true, bool fromLeaf = false, CancellationToken cancellationToken = default)
    {
        Guard.NotCancellationToken(value, nameof(value));
        var dc = this;
        while (fromLeaf && dc.Child is { } child)
        {
            dc = child;
        }

        if (dc.ActiveDialog is { } instance && dc.FindDialog(instance.Id) is { } dialog)
        {
            var e = new DialogEvent { Name = name, Value = value, Bubble = bubble };
            return await dialog.OnDialogEventAsync(dc, e, cancellationToken);
        }

        return false;
    }

    private async Task EndActiveDialogAsync(DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } instance)
        {
            return;
        }

        if (FindDialog(instance.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken);
        }

        Stack.RemoveAt(0);
        Context.TurnState[LastResultKey] = result;
    }

    private Dialog FindOrThrow(string dialogId)
    {
        return FindDialog(dialogId)
            ?? throw new InvalidOperationException($"DialogContext: the active dialog '{dialogId}' was not found; was it renamed or removed?");
    }
}
