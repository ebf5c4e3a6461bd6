using HandoffBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;

namespace HandoffBot.Tests.Storage;

public sealed class ConversationLockMiddlewareTests
{
    [Fact]
    public async Task Turns_of_one_conversation_run_one_at_a_time_and_lose_no_update()
    {
        using var db = new TempDatabase();
        var conversationState = new ConversationState(new SqliteStorage(db.ConnectionString));
        var counter = conversationState.CreateProperty<int>("counter");
        var adapter = new TestAdapter().Use(new ConversationLockMiddleware(NullLogger<ConversationLockMiddleware>.Instance));
        var started = 0;
        var inside = 0;
        var maxInside = 0;
        var bothInside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        async Task BotAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref maxInside, now);
            if (now == 2)
            {
                bothInside.TrySetResult();
            }

            var value = await counter.GetAsync(turnContext, () => 0, cancellationToken);
            // Without the lock both turns are inside here together; with it, the first gives up waiting after a second
            // and the second, let in only then, has nobody to wait for.
            if (Interlocked.Increment(ref started) == 1)
            {
                await Task.WhenAny(bothInside.Task, Task.Delay(TimeSpan.FromSeconds(1), cancellationToken));
            }
            await counter.SetAsync(turnContext, value + 1, cancellationToken);
            await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
            Interlocked.Decrement(ref inside);
        }

        await Task.WhenAll(
            adapter.ProcessActivityAsync(MessageTo(adapter), BotAsync, CancellationToken.None),
            adapter.ProcessActivityAsync(MessageTo(adapter), BotAsync, CancellationToken.None));

        Assert.Equal(1, maxInside);
        var check = new TurnContext(adapter, MessageTo(adapter));
        Assert.Equal(2, await new ConversationState(new SqliteStorage(db.ConnectionString)).CreateProperty<int>("counter").GetAsync(check, () => 0));
    }

    [Fact]
    public async Task Different_conversations_do_not_wait_for_each_other()
    {
        // One middleware (one set of locks) behind two adapters: TestAdapter stamps its own conversation on every
        // activity it processes, so each conversation needs its own adapter.
        var locks = new ConversationLockMiddleware(NullLogger<ConversationLockMiddleware>.Instance);
        var adapterA = new TestAdapter(TestAdapter.CreateConversation("a")).Use(locks);
        var adapterB = new TestAdapter(TestAdapter.CreateConversation("b")).Use(locks);
        var firstInside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        string? secondConversation = null;

        var first = adapterA.ProcessActivityAsync(MessageTo(adapterA), async (_, _) =>
        {
            firstInside.SetResult();
            await secondDone.Task; // Completes only if the other conversation's turn was not blocked.
        }, CancellationToken.None);
        await firstInside.Task;
        // Far below the lock's 30 s MaxWait: a second turn queued behind the first would time out here.
        await adapterB.ProcessActivityAsync(MessageTo(adapterB), (context, _) =>
        {
            secondConversation = context.Activity.Conversation.Id;
            secondDone.SetResult();
            return Task.CompletedTask;
        }, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        await first.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("b", secondConversation);
    }

    private static Activity MessageTo(TestAdapter adapter)
    {
        var activity = (Activity)Activity.CreateMessageActivity();
        activity.Text = "hi";
        activity.ApplyConversationReference(adapter.Conversation, isIncoming: true);
        return activity;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
