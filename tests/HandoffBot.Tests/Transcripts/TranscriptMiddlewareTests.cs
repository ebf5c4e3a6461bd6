using HandoffBot.Storage;
using HandoffBot.Tests.Storage;
using HandoffBot.Transcripts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace HandoffBot.Tests.Transcripts;

public sealed class TranscriptMiddlewareTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly SqliteTranscriptStore _store;
    private readonly TestAdapter _adapter;

    public TranscriptMiddlewareTests()
    {
        _store = new SqliteTranscriptStore(new SqliteDatabase(_db.ConnectionString), TimeProvider.System);
        _adapter = new TestAdapter();
        _adapter.Use(new TranscriptMiddleware(_store, TimeProvider.System));
    }

    private string ChannelId => _adapter.Conversation.ChannelId;

    private string ConversationId => _adapter.Conversation.Conversation.Id;

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Two_turns_are_stored_in_order_with_roles_as_soon_as_each_turn_completes()
    {
        var seenByBot = new List<string>();
        BotCallbackHandler echo = async (turnContext, cancellationToken) =>
        {
            seenByBot.Add(turnContext.Activity.Text);
            await turnContext.SendActivityAsync($"you said: {turnContext.Activity.Text}", cancellationToken: cancellationToken);
        };

        await _adapter.SendTextToBotAsync("my card is 4111 1111 1111 1111", echo, CancellationToken.None);
        var firstTurn = (await _store.GetTranscriptActivitiesAsync(ChannelId, ConversationId)).Items;
        var firstReply = await _adapter.GetNextReplyAsync();
        await _adapter.SendTextToBotAsync("my password is hunter2", echo, CancellationToken.None);
        var stored = (await _store.GetTranscriptActivitiesAsync(ChannelId, ConversationId)).Items;

        // Read right after the turn returned: nothing is flushed in the background.
        Assert.Equal(2, firstTurn.Length);
        Assert.Equal(4, stored.Length);
        Assert.Equal(["user", "bot", "user", "bot"], stored.Select(a => a.From.Role));
        Assert.Equal(
            [
                "my card is [card ****1111]",
                "you said: my card is [card ****1111]",
                "my password is [redacted]",
                "you said: my password is [redacted]",
            ],
            stored.Select(a => a.AsMessageActivity().Text));
        Assert.Equal(firstReply.Id, stored[1].Id);
        Assert.All(stored, a => Assert.NotNull(a.Timestamp));

        // The bot worked on what the user typed; only storage is masked.
        Assert.Equal(["my card is 4111 1111 1111 1111", "my password is hunter2"], seenByBot);
        Assert.Equal("you said: my card is 4111 1111 1111 1111", firstReply.AsMessageActivity().Text);
    }

    [Fact]
    public async Task Continue_conversation_events_are_not_stored_as_inbound()
    {
        var continuation = new Activity { Type = ActivityTypes.Event, Name = ActivityEventNames.ContinueConversation };

        await _adapter.ProcessActivityAsync(continuation, (turnContext, cancellationToken) => Task.CompletedTask, CancellationToken.None);

        Assert.Empty((await _store.GetTranscriptActivitiesAsync(ChannelId, ConversationId)).Items);
    }

    [Fact]
    public async Task Inbound_activity_without_id_or_role_gets_generated_id_and_user_role()
    {
        var inbound = new Activity { Type = ActivityTypes.Message, Text = "hello" };
        await _adapter.ProcessActivityAsync(inbound, (turnContext, cancellationToken) => Task.CompletedTask, CancellationToken.None);

        var stored = Assert.Single((await _store.GetTranscriptActivitiesAsync(ChannelId, ConversationId)).Items);
        Assert.Equal("user", stored.From.Role);
        Assert.False(string.IsNullOrEmpty(stored.Id));
        Assert.NotNull(stored.Timestamp);
    }

    [Fact]
    public async Task Updated_message_replaces_the_stored_one_and_a_deleted_one_becomes_a_tombstone()
    {
        string? sentId = null;
        await _adapter.SendTextToBotAsync("hi", async (turnContext, cancellationToken) =>
        {
            var sent = await turnContext.SendActivityAsync("first draft", cancellationToken: cancellationToken);
            sentId = sent.Id;
            var edit = MessageFactory.Text("final text, card 4111111111111111");
            edit.Id = sent.Id;
            await turnContext.UpdateActivityAsync(edit, cancellationToken);
        }, CancellationToken.None);

        var afterUpdate = (await _store.GetTranscriptActivitiesAsync(ChannelId, ConversationId)).Items;
        Assert.Equal(2, afterUpdate.Length);
        Assert.Equal(ActivityTypes.Message, afterUpdate[1].Type);
        Assert.Equal(sentId, afterUpdate[1].Id);
        Assert.Equal("final text, card [card ****1111]", afterUpdate[1].AsMessageActivity().Text);

        await _adapter.SendTextToBotAsync("delete it", async (turnContext, cancellationToken) =>
        {
            await turnContext.DeleteActivityAsync(sentId, cancellationToken);
        }, CancellationToken.None);

        var afterDelete = (await _store.GetTranscriptActivitiesAsync(ChannelId, ConversationId)).Items;
        Assert.Equal(3, afterDelete.Length);
        var tombstone = afterDelete[1];
        Assert.Equal(ActivityTypes.MessageDelete, tombstone.Type);
        Assert.Equal(sentId, tombstone.Id);
        Assert.Equal("deleted", tombstone.From.Id);
        Assert.Equal("bot", tombstone.From.Role);
        Assert.Null(tombstone.AsMessageActivity()?.Text);
    }
}
