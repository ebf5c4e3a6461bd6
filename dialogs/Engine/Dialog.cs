using Microsoft.Bot.Builder;

namespace HandoffBot.Dialogs.Engine;

/// <summary>Base class of every dialog: the unit of conversation the dialog stack runs.</summary>
public abstract class Dialog
{
    /// <summary>The result a dialog returns to wait for the user's next message.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    private string? _id;

    protected Dialog(string? dialogId = null)
    {
        _id = dialogId;
    }

    /// <summary>Gets or sets the id, unique within a <see cref="DialogSet"/>; it defaults to the class name.</summary>
    public string Id
    {
        get => _id ??= OnComputeId();
        set => _id = value;
    }

    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>Called when the user replies while this dialog is active. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Called when a dialog this one started has ended. By default this dialog ends with that result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        Guard.NotCancellationToken(result, nameof(result));
        return dc.EndDialogAsync(result, cancellationToken);
    }

    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        return Task.CompletedTask;
    }

    /// <summary>Cleanup hook, called just before the instance is removed from the stack.</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        return Task.CompletedTask;
    }

    /// <summary>Gets a string that changes when the dialog's shape changes (used to detect redeployments).</summary>
    public virtual string GetVersion()
    {
        return Id;
    }

    /// <summary>Handles an event: pre-bubble hook, then the parent context, then the post-bubble hook.</summary>
    public virtual async Task<bool> OnDialogEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken = default)
    {
        var handled = await OnPreBubbleEventAsync(dc, e, cancellationToken);
        if (!handled && e.Bubble && dc.Parent is not null)
        {
            handled = await dc.Parent.EmitEventAsync(e.Name, e.Value, bubble: true, fromLeaf: false, cancellationToken);
        }

        if (!handled)
        {
            handled = await OnPostBubbleEventAsync(dc, e, cancellationToken);
        }

        return handled;
    }

    protected virtual Task<bool> OnPreBubbleEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken)
    {
        return Task.FromResult(false);
    }

    protected virtual Task<bool> OnPostBubbleEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken)
    {
        return Task.FromResult(false);
    }

    protected virtual string OnComputeId()
    {
        return GetType().Name;
    }
}
