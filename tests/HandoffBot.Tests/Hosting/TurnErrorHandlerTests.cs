using HandoffBot.Conversation;
using HandoffBot.Dialogs.Root;
using HandoffBot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HandoffBot.Tests.Hosting;

public sealed class TurnErrorHandlerTests
{
    [Fact]
    public async Task Failed_turn_gets_a_neutral_apology_and_the_dialog_in_progress_survives()
    {
        var storage = new MemoryStorage();
        var conversationState = new ConversationState(storage);
        var bot = new SupportBot(conversationState, new RootDialog());
        var logger = new RecordingLogger();
        // As in the bot's pipeline: state is saved once, when the turn is over.
        var adapter = new TestAdapter(Microsoft.Bot.Connector.Channels.Test)
            .Use(new AutoSaveStateMiddleware(conversationState))
            .Use(new FailOnText("boom"));
        adapter.OnTurnError = new TurnErrorHandler(logger).HandleAsync;

        await new TestFlow(adapter, bot)
            .Send("help")
            .AssertReply(a => Assert.Equal(RootMessages.HelpIntro, a.AsMessageActivity().Text))
            .Send("boom")
            .AssertReply(TurnErrorHandler.Apology)
            .Send("2")
            .AssertReply(HelpTopics.All[1].Answer)
            .StartTestAsync();

        var entry = Assert.Single(logger.Errors);
        Assert.IsType<InvalidOperationException>(entry.Exception);
        Assert.Contains(adapter.Conversation.Conversation.Id, entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failed_event_turn_sends_nothing_to_the_customer()
    {
        var adapter = new TestAdapter(Microsoft.Bot.Connector.Channels.Test).Use(new FailOnText(null));
        adapter.OnTurnError = new TurnErrorHandler(NullLogger<TurnErrorHandler>.Instance).HandleAsync;

        await new TestFlow(adapter, (context, ct) => Task.CompletedTask)
            .Send(new Activity(ActivityTypes.Event) { Name = "some.event" })
            // Send returns when the turn (and its error handler) is over: a reply would already be queued.
            .AssertNoReply("the failed event turn sent something", 200)
            .StartTestAsync();
    }

    private sealed class FailOnText(string? text) : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) =>
            turnContext.Activity.Text == text
                ? throw new InvalidOperationException("simulated failure")
                : next(cancellationToken);
    }

    private sealed class RecordingLogger : ILogger<TurnErrorHandler>
    {
        public List<(string Message, Exception? Exception)> Errors { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error)
            {
                Errors.Add((formatter(state, exception), exception));
            }
        }
    }
}
