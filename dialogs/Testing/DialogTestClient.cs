using HandoffBot.Dialogs.Engine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Testing;

/// <summary>
/// Drives a dialog through a <see cref="TestAdapter"/> one turn at a time, the way the bot does: run the dialog with
/// <see cref="DialogExtensions.RunAsync(Dialog, ITurnContext, IStatePropertyAccessor{DialogState}, object?, CancellationToken)"/>,
/// then save ConversationState. (The idea of Microsoft.Bot.Builder.Testing, which is not available here.)
/// </summary>
public class DialogTestClient
{
    private readonly TestAdapter _testAdapter;
    private readonly BotCallbackHandler _callback;

    public DialogTestClient(string channelId, Dialog targetDialog, object? initialDialogOptions = null, IEnumerable<IMiddleware>? middlewares = null, ConversationState? conversationState = null)
    {
        ArgumentNullException.ThrowIfNull(targetDialog);
        _testAdapter = new TestAdapter(channelId);
        foreach (var middleware in middlewares ?? [])
        {
            _testAdapter.Use(middleware);
        }

        ConversationState = conversationState ?? new ConversationState(new MemoryStorage());
        var dialogState = ConversationState.CreateProperty<DialogState>("DialogState");
        _callback = async (turnContext, cancellationToken) =>
        {
            DialogTurnResult = await targetDialog.RunAsync(turnContext, dialogState, initialDialogOptions, cancellationToken);
            await ConversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        };
    }

    public ConversationState ConversationState { get; }

    /// <summary>Gets the result of the last turn.</summary>
    public DialogTurnResult? DialogTurnResult { get; private set; }

    /// <summary>Sends a message from the user and returns the first reply of the bot, or null when it said nothing.</summary>
    public async Task<T?> SendActivityAsync<T>(string text, CancellationToken cancellationToken = default)
        where T : class, IActivity
    {
        await _testAdapter.SendTextToBotAsync(text, _callback, cancellationToken);
        return GetNextReply<T>();
    }

    /// <summary>Sends any activity (conversation fields are filled in) and returns the first reply, or null.</summary>
    public async Task<T?> SendActivityAsync<T>(IActivity activity, CancellationToken cancellationToken = default)
        where T : class, IActivity
    {
        ArgumentNullException.ThrowIfNull(activity);
        await _testAdapter.ProcessActivityAsync((Activity)activity, _callback, cancellationToken);
        return GetNextReply<T>();
    }

    /// <summary>Returns the next reply the bot sent that was not read yet, or null.</summary>
    public T? GetNextReply<T>()
        where T : class, IActivity
    {
        return (T?)_testAdapter.GetNextReply();
    }
}
