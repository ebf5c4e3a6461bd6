using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Tests.TestSupport;

/// <summary>
/// A conversation in which every turn runs in a "new process": the storage is serialized to JSON text after each
/// turn and the next turn starts from a fresh storage, ConversationState and dialog tree loaded from that text.
/// </summary>
internal sealed class RestartingConversation(Func<Dialog> createDialog, object? initialDialogOptions = null)
{
    private string? _snapshot;

    /// <summary>Gets the JSON text everything was stored as after the last turn.</summary>
    public string Snapshot => _snapshot ?? "{}";

    public DialogTurnResult? LastResult { get; private set; }

    /// <summary>Sends <paramref name="text"/> and returns the texts of all the replies.</summary>
    public async Task<IReadOnlyList<string?>> SendAsync(string text)
    {
        var storage = new JsonRoundTripStorage(_snapshot);
        var client = new DialogTestClient("test", createDialog(), initialDialogOptions, conversationState: new ConversationState(storage));
        var replies = new List<string?>();
        for (var reply = await client.SendActivityAsync<IMessageActivity>(text); reply is not null; reply = client.GetNextReply<IMessageActivity>())
        {
            replies.Add(reply.Text);
        }

        LastResult = client.DialogTurnResult;
        _snapshot = storage.ToSnapshot();
        return replies;
    }
}
