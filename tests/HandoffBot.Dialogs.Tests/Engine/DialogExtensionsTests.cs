using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Testing;
using HandoffBot.Dialogs.Tests.TestSupport;
using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Tests.Engine;

public class DialogExtensionsTests
{
    [Fact]
    public async Task RunAsync_begins_the_root_dialog_when_the_stack_is_empty()
    {
        var client = new DialogTestClient("test", new WaterfallDialog("root", [Say.Ask("started"), Say.Echo("got ")]));

        var reply = await client.SendActivityAsync<IMessageActivity>("hello");

        Assert.Equal("started", reply?.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task RunAsync_begins_the_root_again_after_it_completed()
    {
        var client = new DialogTestClient("test", new WaterfallDialog("root", [Say.Ask("started"), Say.Echo("got ")]));
        await client.SendActivityAsync<IMessageActivity>("hello");
        Assert.Equal("got x", (await client.SendActivityAsync<IMessageActivity>("x"))?.Text);

        Assert.Equal("started", (await client.SendActivityAsync<IMessageActivity>("again"))?.Text);
    }

    [Fact]
    public async Task RunAsync_cancels_all_dialogs_on_endOfConversation()
    {
        var endings = new List<string>();
        var inner = new ComponentDialog("inner").AddDialog(new RecordingDialog("leaf", endings));
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("steps", [(step, ct) => step.BeginDialogAsync("inner", null, ct), Say.Echo("must not run ")]))
            .AddDialog(inner);
        var client = new DialogTestClient("test", root);
        await client.SendActivityAsync<IMessageActivity>("hi");

        var reply = await client.SendActivityAsync<IActivity>(new Activity(ActivityTypes.EndOfConversation));

        Assert.Null(reply);
        Assert.Equal(DialogTurnStatus.Cancelled, client.DialogTurnResult?.Status);
        Assert.Equal(["leaf:CancelCalled"], endings);
        Assert.Equal("leaf waiting", (await client.SendActivityAsync<IMessageActivity>("hi again"))?.Text);
    }

    [Fact]
    public async Task RunAsync_rethrows_an_exception_nobody_handles()
    {
        var client = new DialogTestClient("test", new WaterfallDialog("root", [(_, _) => throw new TimeoutException("boom")]));

        await Assert.ThrowsAsync<TimeoutException>(() => client.SendActivityAsync<IMessageActivity>("hi"));
    }

    [Fact]
    public async Task RunAsync_emits_exceptions_as_the_error_event_which_a_dialog_may_handle()
    {
        var root = new ErrorHandlingComponent();
        root.AddDialog(new WaterfallDialog("steps", [Say.Ask("ready"), (_, _) => throw new TimeoutException("boom")]));
        var client = new DialogTestClient("test", root);
        await client.SendActivityAsync<IMessageActivity>("hi");

        var reply = await client.SendActivityAsync<IMessageActivity>("go");

        Assert.Equal("recovered from boom", reply?.Text);
        Assert.Equal(DialogTurnStatus.Cancelled, client.DialogTurnResult?.Status);
    }

    private sealed class ErrorHandlingComponent() : ComponentDialog("errors")
    {
        protected override async Task<bool> OnPreBubbleEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken)
        {
            if (e.Name != DialogEvents.Error)
            {
                return false;
            }

            await Say.TextAsync(dc, $"recovered from {((Exception)e.Value!).Message}", cancellationToken);
            return true;
        }
    }
}
