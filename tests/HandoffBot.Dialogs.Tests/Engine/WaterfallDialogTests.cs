using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Testing;
using HandoffBot.Dialogs.Tests.TestSupport;
using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Tests.Engine;

public class WaterfallDialogTests
{
    [Fact]
    public async Task Steps_run_in_order_and_each_receives_the_previous_reply()
    {
        var waterfall = new WaterfallDialog("wf", [
            Say.Ask("first?"),
            async (step, ct) =>
            {
                step.Values["first"] = step.Result;
                await Say.TextAsync(step, "second?", ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await Say.TextAsync(step, $"{step.GetValue<string>("first")} then {step.Result}", ct);
                return await step.EndDialogAsync("done", ct);
            },
        ]);
        var client = new DialogTestClient("test", waterfall);

        Assert.Equal("first?", (await client.SendActivityAsync<IMessageActivity>("hi"))?.Text);
        Assert.Equal("second?", (await client.SendActivityAsync<IMessageActivity>("a"))?.Text);
        Assert.Equal("a then b", (await client.SendActivityAsync<IMessageActivity>("b"))?.Text);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
        Assert.Equal("done", client.DialogTurnResult?.Result);
    }

    [Fact]
    public async Task NextAsync_skips_waiting_and_passes_its_result_to_the_next_step()
    {
        var waterfall = new WaterfallDialog("wf", [
            (step, ct) => step.NextAsync(42, ct),
            async (step, ct) =>
            {
                await Say.TextAsync(step, $"step {step.Index} got {step.Result} via {step.Reason}", ct);
                return Dialog.EndOfTurn;
            },
        ]);
        var client = new DialogTestClient("test", waterfall);

        var reply = await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal("step 1 got 42 via NextCalled", reply?.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task NextAsync_called_twice_in_one_step_throws()
    {
        var waterfall = new WaterfallDialog("wf", [
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            },
            Say.Ask("waiting"),
        ]);
        var client = new DialogTestClient("test", waterfall);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendActivityAsync<IMessageActivity>("hi"));
        Assert.Contains("wf[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Last_step_result_returns_to_the_parent_step()
    {
        var child = new WaterfallDialog("child", [
            Say.Ask("child asks"),
            (step, ct) => step.NextAsync($"child got {step.Result}", ct),
        ]);
        var parent = new WaterfallDialog("parent", [
            (step, ct) => step.BeginDialogAsync("child", null, ct),
            Say.Echo("parent received: "),
        ]);
        var root = new ComponentDialog("root").AddDialog(parent).AddDialog(child);
        var client = new DialogTestClient("test", root);

        Assert.Equal("child asks", (await client.SendActivityAsync<IMessageActivity>("hi"))?.Text);
        Assert.Equal("parent received: child got x", (await client.SendActivityAsync<IMessageActivity>("x"))?.Text);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
        Assert.Equal("child got x", client.DialogTurnResult?.Result);
    }

    [Fact]
    public async Task Non_message_activity_runs_no_step()
    {
        var waterfall = new WaterfallDialog("wf", [Say.Ask("question?"), Say.Echo("answer: ")]);
        var client = new DialogTestClient("test", waterfall);
        await client.SendActivityAsync<IMessageActivity>("hi");

        var reply = await client.SendActivityAsync<IActivity>(new Activity(ActivityTypes.Event) { Name = "ping" });

        Assert.Null(reply);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
        Assert.Equal("answer: yes", (await client.SendActivityAsync<IMessageActivity>("yes"))?.Text);
    }

    [Fact]
    public void Version_changes_with_the_number_of_steps()
    {
        var waterfall = new WaterfallDialog("wf", [Say.Ask("a")]);
        var before = waterfall.GetVersion();

        waterfall.AddStep(Say.Ask("b"));

        Assert.Equal("wf:1", before);
        Assert.Equal("wf:2", waterfall.GetVersion());
    }
}
