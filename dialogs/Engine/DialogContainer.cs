using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Engine;

/// <summary>A dialog that owns its own set of dialogs and an inner stack.</summary>
public abstract class DialogContainer : Dialog
{
    protected DialogContainer(string? dialogId = null)
        : base(dialogId)
    {
    }

    public DialogSet Dialogs { get; protected set; } = new();

    /// <summary>Creates the context of the inner stack of the active instance of this container in <paramref name="dc"/>.</summary>
    public abstract DialogContext? CreateChildContext(DialogContext dc);

    /// <summary>Gets the version of the inner set; it changes when child dialogs are added, removed or reshaped.</summary>
    protected virtual string GetInternalVersion()
    {
        return Dialogs.GetVersion();
    }

    /// <summary>
    /// Records the inner version on the active instance and, when it differs from the one saved last turn, emits
    /// <c>versionChanged</c> (bubbling) so the bot can restart the conversation. Unhandled, it only leaves a trace.
    /// </summary>
    protected virtual async Task CheckForVersionChangeAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog is not { } instance)
        {
            return;
        }

        var previous = instance.Version;
        instance.Version = GetInternalVersion();
        if (previous is null || previous == instance.Version)
        {
            return;
        }

        var handled = await dc.EmitEventAsync(DialogEvents.VersionChanged, Id, bubble: true, fromLeaf: false, cancellationToken);
        if (!handled)
        {
            var trace = Activity.CreateTraceActivity("DialogVersionChanged", value: Id, label: $"Dialog '{Id}' changed since the state was saved.");
            await dc.Context.SendActivityAsync(trace, cancellationToken);
        }
    }
}
