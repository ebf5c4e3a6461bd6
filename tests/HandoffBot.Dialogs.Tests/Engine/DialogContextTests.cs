using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Prompts;
using HandoffBot.Dialogs.Testing;
using HandoffBot.Dialogs.Tests.TestSupport;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Tests.Engine;

public class DialogContextTests
{
    [Fact]
    public async Task ReplaceDialogAsync_loops_without_growing_the_stack()
    {
        var stackDepths = new List<int>();
        var loop = new WaterfallDialog("loop", [
            async (step, ct) =>
            {
                stackDepths.Add(step.Stack.Count);
                var count = step.GetOptions<int>();
                if (count == 3)
                {
                    return await step.EndDialogAsync("looped 3 times", ct);
                }

                await Say.TextAsync(step, $"round {count}", ct);
                return Dialog.EndOfTurn;
            },
            (step, ct) => step.ReplaceDialogAsync("loop", step.GetOptions<int>() + 1, ct),
        ]);
        var client = new DialogTestClient("test", new ComponentDialog("root").AddDialog(loop), initialDialogOptions: 0);

        Assert.Equal("round 0", (await client.SendActivityAsync<IMessageActivity>("go"))?.Text);
        Assert.Equal("round 1", (await client.SendActivityAsync<IMessageActivity>("again"))?.Text);
        Assert.Equal("round 2", (await client.SendActivityAsync<IMessageActivity>("again"))?.Text);
        Assert.Null(await client.SendActivityAsync<IMessageActivity>("again"));

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
        Assert.Equal("looped 3 times", client.DialogTurnResult?.Result);
        Assert.All(stackDepths, depth => Assert.Equal(1, depth));
    }

    [Fact]
    public async Task CancelAllDialogsAsync_empties_the_stack_including_inner_component_stacks()
    {
        var endings = new List<string>();
        var inner = new ComponentDialog("inner").AddDialog(new RecordingDialog("leaf", endings));
        var steps = new WaterfallDialog("steps", [(step, ct) => step.BeginDialogAsync("inner", null, ct)]);
        var root = new CancellingComponent(new ComponentDialog("outer").AddDialog(steps).AddDialog(inner), fromLeaf: false);
        var client = new DialogTestClient("test", root);
        Assert.Equal("leaf waiting", (await client.SendActivityAsync<IMessageActivity>("hi"))?.Text);

        await client.SendActivityAsync<IMessageActivity>("cancel");

        Assert.Equal(DialogTurnStatus.Cancelled, root.CancelResult?.Status);
        Assert.Equal(["leaf:CancelCalled"], endings);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
        Assert.Equal("leaf waiting", (await client.SendActivityAsync<IMessageActivity>("start over"))?.Text);
    }

    [Fact]
    public async Task Cancel_can_be_stopped_by_a_handler_of_the_cancel_event_at_a_parent_level()
    {
        var endings = new List<string>();
        var guarded = new CancelGuardWaterfall("guarded", [
            (step, ct) => step.BeginDialogAsync("leaf", null, ct),
            Say.Echo("guarded resumed with "),
        ]);
        var top = new WaterfallDialog("top", [(step, ct) => step.BeginDialogAsync("guarded", null, ct)]);
        var root = new CancellingComponent(new ComponentDialog("outer").AddDialog(top).AddDialog(guarded).AddDialog(new RecordingDialog("leaf", endings)), fromLeaf: true);
        var client = new DialogTestClient("test", root);
        await client.SendActivityAsync<IMessageActivity>("hi");

        await client.SendActivityAsync<IMessageActivity>("cancel");

        Assert.Equal(DialogTurnStatus.Cancelled, root.CancelResult?.Status);
        Assert.Equal(["leaf:CancelCalled"], endings);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
        Assert.Equal(["guarded", "top"], root.InnerStackIds);
    }

    [Fact]
    public async Task CancelAllDialogsAsync_on_an_empty_root_stack_returns_Empty()
    {
        var (dc, _) = await RootContextAsync(new TextPrompt("text"));

        var result = await dc.CancelAllDialogsAsync();

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
    }

    [Fact]
    public async Task A_CancellationToken_passed_as_options_or_result_is_rejected()
    {
        var (dc, _) = await RootContextAsync(new WaterfallDialog("wf", [Say.Ask("?")]));
        object token = CancellationToken.None;

        await Assert.ThrowsAsync<ArgumentException>(() => dc.BeginDialogAsync("wf", token));
        await Assert.ThrowsAsync<ArgumentException>(() => dc.ReplaceDialogAsync("wf", token));
        await Assert.ThrowsAsync<ArgumentException>(() => dc.EndDialogAsync(token));
        await Assert.ThrowsAsync<ArgumentException>(() => dc.CancelAllDialogsAsync(false, null, token));
        await Assert.ThrowsAsync<ArgumentException>(() => dc.EmitEventAsync("custom", token));
    }

    [Fact]
    public async Task BeginDialogAsync_with_an_unknown_id_throws()
    {
        var (dc, _) = await RootContextAsync(new TextPrompt("text"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => dc.BeginDialogAsync("missing"));
    }

    [Fact]
    public async Task ActivityReceived_is_emitted_once_per_turn_from_the_leaf_and_bubbles_unless_a_prompt_recognizes_it()
    {
        var seen = new List<string?>();
        var steps = new WaterfallDialog("steps", [
            (step, ct) => step.PromptAsync("number", new PromptOptions { Prompt = MessageFactory.Text("n?") }, ct),
            (step, ct) => step.PromptAsync("number", new PromptOptions { Prompt = MessageFactory.Text("again?") }, ct),
        ]);
        var root = new EventSpyComponent(seen).AddDialog(steps).AddDialog(new NumberPrompt<int>("number"));
        var client = new DialogTestClient("test", root);

        await client.SendActivityAsync<IMessageActivity>("hi");
        await client.SendActivityAsync<IMessageActivity>("not a number");
        await client.SendActivityAsync<IMessageActivity>("5");

        // "hi" begins the root (nothing active to notify); "5" is claimed by the recognizing prompt; and although both
        // the root and the component's inner context continue, the failed reply is seen once.
        Assert.Equal(["not a number"], seen);
    }

    [Fact]
    public async Task A_TextPrompt_lets_activityReceived_bubble_because_any_text_recognizes()
    {
        var seen = new List<string?>();
        var steps = new WaterfallDialog("steps", [
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("name?") }, ct),
            Say.Echo("name is "),
        ]);
        var client = new DialogTestClient("test", new EventSpyComponent(seen).AddDialog(steps).AddDialog(new TextPrompt("text")));
        await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal("name is Ada", (await client.SendActivityAsync<IMessageActivity>("Ada"))?.Text);
        Assert.Equal(["Ada"], seen);
    }

    private static async Task<(DialogContext Dc, ITurnContext Turn)> RootContextAsync(Dialog dialog)
    {
        var state = new ConversationState(new MemoryStorage());
        var turn = new TurnContext(new TestAdapter(), MessageFactory.Text("hi"));
        turn.Activity.Conversation = new ConversationAccount(id: "c");
        turn.Activity.ChannelId = "test";
        var set = new DialogSet(state.CreateProperty<DialogState>("DialogState")).Add(dialog);
        return (await set.CreateContextAsync(turn), turn);
    }

    /// <summary>
    /// Root that cancels when the user says "cancel": from its own inner stack (the CoreBot pattern; deeper stacks
    /// end only through the component cascade), or from the deepest leaf up through the parents.
    /// </summary>
    private sealed class CancellingComponent : ComponentDialog
    {
        private readonly bool _fromLeaf;

        public CancellingComponent(Dialog child, bool fromLeaf)
            : base("cancelling")
        {
            _fromLeaf = fromLeaf;
            AddDialog(child);
        }

        public DialogTurnResult? CancelResult { get; private set; }

        public List<string> InnerStackIds { get; } = [];

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
        {
            if (innerDc.Context.Activity.Text != "cancel")
            {
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
            }

            var leaf = innerDc;
            while (_fromLeaf && leaf.Child is { } child)
            {
                leaf = child;
            }

            CancelResult = await leaf.CancelAllDialogsAsync(cancelParents: _fromLeaf, cancellationToken: cancellationToken);
            InnerStackIds.AddRange((innerDc.Child ?? innerDc).Stack.Select(i => i.Id));
            return innerDc.Stack.Count == 0 ? new DialogTurnResult(DialogTurnStatus.Complete) : EndOfTurn;
        }
    }

    /// <summary>A waterfall that refuses to be cancelled from below.</summary>
    private sealed class CancelGuardWaterfall(string id, IEnumerable<WaterfallStep> steps) : WaterfallDialog(id, steps)
    {
        protected override Task<bool> OnPreBubbleEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken)
        {
            return Task.FromResult(e.Name == DialogEvents.CancelDialog);
        }
    }

    private sealed class EventSpyComponent(List<string?> seen) : ComponentDialog("spy")
    {
        protected override Task<bool> OnPreBubbleEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken)
        {
            if (e.Name == DialogEvents.ActivityReceived)
            {
                seen.Add(((IActivity)e.Value!).AsMessageActivity()?.Text);
            }

            return Task.FromResult(false);
        }
    }
}
