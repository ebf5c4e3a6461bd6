using HandoffBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;

namespace HandoffBot.Tests.Storage;

public sealed class ConversationStateOverSqliteTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Property_written_before_a_restart_is_read_by_fresh_state_and_storage_on_the_same_file()
    {
        var before = new ConversationState(new SqliteStorage(_db.ConnectionString));
        var writeCase = before.CreateProperty<OpenCase>("openCase");
        await new TestFlow(new TestAdapter(), async (turnContext, cancellationToken) =>
            {
                var openCase = await writeCase.GetAsync(turnContext, () => new OpenCase(), cancellationToken);
                openCase.Topic = "refund";
                openCase.Attempts = 2;
                openCase.OpenedUtc = new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero);
                await before.SaveChangesAsync(turnContext, false, cancellationToken);
                await turnContext.SendActivityAsync("noted", cancellationToken: cancellationToken);
            })
            .Send("I want a refund")
            .AssertReply("noted")
            .StartTestAsync();

        // "Restart": new storage, new state object, new adapter; only the file is shared.
        var after = new ConversationState(new SqliteStorage(_db.ConnectionString));
        var readCase = after.CreateProperty<OpenCase>("openCase");
        await new TestFlow(new TestAdapter(), async (turnContext, cancellationToken) =>
            {
                var openCase = await readCase.GetAsync(turnContext, () => new OpenCase(), cancellationToken);
                await turnContext.SendActivityAsync(
                    $"{openCase.Topic}/{openCase.Attempts}/{openCase.OpenedUtc:yyyy-MM-dd}",
                    cancellationToken: cancellationToken);
            })
            .Send("still there?")
            .AssertReply("refund/2/2025-03-04")
            .StartTestAsync();
    }

    [Fact]
    public async Task Saving_twice_in_one_turn_does_not_conflict_with_itself()
    {
        var state = new ConversationState(new SqliteStorage(_db.ConnectionString));
        var counter = state.CreateProperty<int>("counter");
        await new TestFlow(new TestAdapter(), async (turnContext, cancellationToken) =>
            {
                await counter.SetAsync(turnContext, 1, cancellationToken);
                await state.SaveChangesAsync(turnContext, false, cancellationToken);
                await counter.SetAsync(turnContext, 2, cancellationToken);
                await state.SaveChangesAsync(turnContext, false, cancellationToken);
                await turnContext.SendActivityAsync("ok", cancellationToken: cancellationToken);
            })
            .Send("hi")
            .AssertReply("ok")
            .Send("again")
            .AssertReply("ok")
            .StartTestAsync();
    }

    public sealed class OpenCase
    {
        public string? Topic { get; set; }

        public int Attempts { get; set; }

        public DateTimeOffset OpenedUtc { get; set; }
    }
}
