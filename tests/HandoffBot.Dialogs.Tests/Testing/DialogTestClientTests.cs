using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Testing;
using HandoffBot.Dialogs.Tests.TestSupport;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Tests.Testing;

public class DialogTestClientTests
{
    public sealed record Greeting(string Name);

    [Fact]
    public async Task Initial_dialog_options_reach_the_root_dialog_when_it_begins()
    {
        var dialog = new WaterfallDialog("greet", [
            async (step, ct) =>
            {
                await Say.TextAsync(step, $"Hello {step.GetOptions<Greeting>()?.Name}", ct);
                return Dialog.EndOfTurn;
            },
        ]);
        var client = new DialogTestClient("test", dialog, new Greeting("Ada"));

        Assert.Equal("Hello Ada", (await client.SendActivityAsync<IMessageActivity>("hi"))?.Text);
    }

    [Fact]
    public async Task Replies_are_read_in_order_and_null_marks_the_end()
    {
        var dialog = new WaterfallDialog("chatty", [
            async (step, ct) =>
            {
                await Say.TextAsync(step, "one", ct);
                await Say.TextAsync(step, "two", ct);
                return Dialog.EndOfTurn;
            },
        ]);
        var client = new DialogTestClient("test", dialog);

        Assert.Equal("one", (await client.SendActivityAsync<IMessageActivity>("hi"))?.Text);
        Assert.Equal("two", client.GetNextReply<IMessageActivity>()?.Text);
        Assert.Null(client.GetNextReply<IMessageActivity>());
    }

    [Fact]
    public async Task State_is_saved_after_each_turn_into_the_given_conversation_state()
    {
        var storage = new JsonRoundTripStorage();
        var client = new DialogTestClient("test", new WaterfallDialog("wf", [Say.Ask("?"), Say.Ask("??")]), conversationState: new ConversationState(storage));

        await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Contains("\"dialogStack\":[{\"id\":\"wf\"", Assert.Single(storage.Items).Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Middlewares_run_around_each_turn()
    {
        var seen = new List<string?>();
        var middleware = new MiddlewareSet().Use(new RecordingMiddleware(seen));
        var client = new DialogTestClient("test", new WaterfallDialog("wf", [Say.Ask("?")]), middlewares: [middleware]);

        await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal(["hi"], seen);
    }

    private sealed class RecordingMiddleware(List<string?> seen) : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            seen.Add(turnContext.Activity.Text);
            return next(cancellationToken);
        }
    }
}
