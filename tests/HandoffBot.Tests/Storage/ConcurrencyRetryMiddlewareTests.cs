using HandoffBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Tests.Storage;

public sealed class ConcurrencyRetryMiddlewareTests : IDisposable
{
    // ConversationState's key for TestAdapter's default conversation (its id is "Conversation1", not PROTOCOLS §8's "convo1").
    private static readonly string StateKey = StorageKeyOf(new TestAdapter());
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Turn_whose_state_save_conflicts_is_rerun_and_both_changes_survive()
    {
        var storage = new SqliteStorage(_db.ConnectionString);
        await storage.WriteAsync(new Dictionary<string, object> { [StateKey] = new JObject { ["seeded"] = true } }, CancellationToken.None);
        var conversationState = new ConversationState(storage);
        var botNote = conversationState.CreateProperty<string>("botNote");
        var attempts = 0;

        var adapter = new TestAdapter().Use(new ConcurrencyRetryMiddleware(NullLogger<ConcurrencyRetryMiddleware>.Instance));
        await new TestFlow(adapter, async (turnContext, cancellationToken) =>
            {
                attempts++;
                await botNote.GetAsync(turnContext, () => string.Empty, cancellationToken);
                if (attempts == 1)
                {
                    await WriteAsAnotherProcessAsync("agentNote", "written mid-turn by someone else");
                }

                await botNote.SetAsync(turnContext, $"written by the bot on attempt {attempts}", cancellationToken);
                await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
                await turnContext.SendActivityAsync($"saved on attempt {attempts}", cancellationToken: cancellationToken);
            })
            .Send("hi")
            .AssertReply("saved on attempt 2")
            .StartTestAsync();

        var stored = (JObject)(await new SqliteStorage(_db.ConnectionString).ReadAsync([StateKey], CancellationToken.None))[StateKey];
        Assert.Equal("written mid-turn by someone else", stored.Value<string>("agentNote"));
        Assert.Equal("written by the bot on attempt 2", stored.Value<string>("botNote"));
        Assert.True(stored.Value<bool>("seeded"));
    }

    [Fact]
    public async Task Conflict_after_a_reply_was_sent_is_not_rerun_and_the_stale_write_fails()
    {
        var storage = new SqliteStorage(_db.ConnectionString);
        await storage.WriteAsync(new Dictionary<string, object> { [StateKey] = new JObject { ["seeded"] = true } }, CancellationToken.None);
        var conversationState = new ConversationState(storage);
        var botNote = conversationState.CreateProperty<string>("botNote");
        var attempts = 0;

        var adapter = new TestAdapter().Use(new ConcurrencyRetryMiddleware(NullLogger<ConcurrencyRetryMiddleware>.Instance));
        await Assert.ThrowsAsync<StorageConflictException>(() => new TestFlow(adapter, async (turnContext, cancellationToken) =>
            {
                attempts++;
                await botNote.GetAsync(turnContext, () => string.Empty, cancellationToken);
                await turnContext.SendActivityAsync("reply before saving", cancellationToken: cancellationToken);
                await WriteAsAnotherProcessAsync("agentNote", "newer");
                await botNote.SetAsync(turnContext, "stale", cancellationToken);
                await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
            })
            .Send("hi")
            .StartTestAsync());

        Assert.Equal(1, attempts);
        var stored = (JObject)(await new SqliteStorage(_db.ConnectionString).ReadAsync([StateKey], CancellationToken.None))[StateKey];
        Assert.Equal("newer", stored.Value<string>("agentNote"));
        Assert.Null(stored["botNote"]);
    }

    [Fact]
    public async Task Persistent_conflict_gives_up_after_the_maximum_attempts()
    {
        var attempts = 0;
        var adapter = new TestAdapter().Use(new ConcurrencyRetryMiddleware(NullLogger<ConcurrencyRetryMiddleware>.Instance));

        await Assert.ThrowsAsync<StorageConflictException>(() => new TestFlow(adapter, (turnContext, cancellationToken) =>
            {
                attempts++;
                throw new StorageConflictException(StateKey, "1");
            })
            .Send("hi")
            .StartTestAsync());

        Assert.Equal(ConcurrencyRetryMiddleware.MaxAttempts, attempts);
    }

    [Fact]
    public async Task Turn_state_added_by_a_failed_attempt_is_removed_before_the_rerun()
    {
        var attempts = 0;
        var adapter = new TestAdapter().Use(new ConcurrencyRetryMiddleware(NullLogger<ConcurrencyRetryMiddleware>.Instance));

        await new TestFlow(adapter, async (turnContext, cancellationToken) =>
            {
                attempts++;

                // TurnState.Add throws on a duplicate key: the rerun must start from a clean turn.
                turnContext.TurnState.Add("signals", new object());
                if (attempts == 1)
                {
                    throw new StorageConflictException(StateKey, "1");
                }

                await turnContext.SendActivityAsync("done", cancellationToken: cancellationToken);
            })
            .Send("hi")
            .AssertReply("done")
            .StartTestAsync();

        Assert.Equal(2, attempts);
    }

    private static string StorageKeyOf(TestAdapter adapter) =>
        $"{adapter.Conversation.ChannelId}/conversations/{adapter.Conversation.Conversation.Id}";

    private async Task WriteAsAnotherProcessAsync(string property, string value)
    {
        var other = new SqliteStorage(_db.ConnectionString);
        var item = (JObject)(await other.ReadAsync([StateKey], CancellationToken.None))[StateKey];
        item[property] = value;
        await other.WriteAsync(new Dictionary<string, object> { [StateKey] = item }, CancellationToken.None);
    }
}
