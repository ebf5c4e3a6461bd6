using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Engine;

/// <summary>Runs a root dialog for one turn.</summary>
public static class DialogExtensions
{
    /// <summary>
    /// Continues the active dialog, or begins <paramref name="dialog"/> when the stack is empty. An inbound
    /// <c>endOfConversation</c> cancels every dialog instead. Does not save state: the caller saves ConversationState.
    /// </summary>
    public static Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken)
    {
        return dialog.RunAsync(turnContext, accessor, null, cancellationToken);
    }

    /// <summary>As <see cref="RunAsync(Dialog, ITurnContext, IStatePropertyAccessor{DialogState}, CancellationToken)"/>, passing <paramref name="options"/> when the root dialog begins.</summary>
    public static async Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(accessor);
        Guard.NotCancellationToken(options, nameof(options));

        var dialogSet = new DialogSet(accessor);
        dialogSet.Add(dialog);
        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken);
        try
        {
            if (turnContext.Activity.Type == ActivityTypes.EndOfConversation)
            {
                return await LeafOf(dc).CancelAllDialogsAsync(cancelParents: true, cancellationToken: cancellationToken);
            }

            var result = await dc.ContinueDialogAsync(cancellationToken);
            return result.Status == DialogTurnStatus.Empty
                ? await dc.BeginDialogAsync(dialog.Id, options, cancellationToken)
                : result;
        }
        catch (Exception ex)
        {
            // Give the dialogs a chance to recover (e.g. apologise and restart); otherwise the adapter's OnTurnError does.
            if (!await dc.EmitEventAsync(DialogEvents.Error, ex, bubble: true, fromLeaf: true, cancellationToken))
            {
                throw;
            }

            return new DialogTurnResult(DialogTurnStatus.Cancelled);
        }
    }

    private static DialogContext LeafOf(DialogContext dc)
    {
        while (dc.Child is { } child)
        {
            dc = child;
        }

        return dc;
    }
}
