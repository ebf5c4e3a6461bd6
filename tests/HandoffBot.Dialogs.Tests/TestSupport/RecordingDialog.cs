using HandoffBot.Dialogs.Engine;
using Microsoft.Bot.Builder;

namespace HandoffBot.Dialogs.Tests.TestSupport;

/// <summary>A dialog that waits forever and records why it ended, to observe cancellation deep in a tree.</summary>
internal sealed class RecordingDialog(string id, List<string> endings) : Dialog(id)
{
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        await dc.Context.SendActivityAsync($"{Id} waiting", cancellationToken: cancellationToken);
        return EndOfTurn;
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        return Task.FromResult(EndOfTurn);
    }

    public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        endings.Add($"{Id}:{reason}");
        return Task.CompletedTask;
    }
}
