using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Prompts;
using HandoffBot.Dialogs.Testing;
using HandoffBot.Dialogs.Tests.TestSupport;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Tests.Engine;

public class ComponentDialogTests
{
    [Fact]
    public async Task Nested_components_end_with_results_that_reach_the_parent_step()
    {
        var innermost = new ComponentDialog("innermost")
            .AddDialog(new WaterfallDialog("innermostSteps", [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("name?") }, ct),
                (step, ct) => step.EndDialogAsync($"<{step.Result}>", ct),
            ]))
            .AddDialog(new TextPrompt("text"));
        var middle = new ComponentDialog("middle")
            .AddDialog(new WaterfallDialog("middleSteps", [
                (step, ct) => step.BeginDialogAsync("innermost", null, ct),
                (step, ct) => step.EndDialogAsync($"[{step.Result}]", ct),
            ]))
            .AddDialog(innermost);
        var root = new WaterfallDialog("root", [
            (step, ct) => step.BeginDialogAsync("middle", null, ct),
            Say.Echo("root got "),
        ]);
        var client = new DialogTestClient("test", new ComponentDialog("main").AddDialog(root).AddDialog(middle));

        Assert.Equal("name?", (await client.SendActivityAsync<IMessageActivity>("hi"))?.Text);
        Assert.Equal("root got [<Ada>]", (await client.SendActivityAsync<IMessageActivity>("Ada"))?.Text);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
        Assert.Equal("[<Ada>]", client.DialogTurnResult?.Result);
    }

    [Fact]
    public void First_added_dialog_is_the_initial_dialog()
    {
        var component = new ComponentDialog("c").AddDialog(new TextPrompt("first")).AddDialog(new TextPrompt("second"));

        Assert.Equal("first", ((ComponentDialog)component).InitialDialogId);
    }

    [Fact]
    public async Task Component_passes_its_options_to_the_initial_dialog()
    {
        var component = new ComponentDialog("c").AddDialog(new WaterfallDialog("steps", [
            async (step, ct) =>
            {
                await Say.TextAsync(step, $"options: {step.Options}", ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));
        var client = new DialogTestClient("test", component, initialDialogOptions: "abc");

        Assert.Equal("options: abc", (await client.SendActivityAsync<IMessageActivity>("hi"))?.Text);
    }

    [Fact]
    public async Task Interruption_in_OnContinueDialogAsync_runs_before_the_inner_prompt_sees_the_input()
    {
        var component = new HelpfulComponent();
        component.AddDialog(new WaterfallDialog("steps", [
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("name?") }, ct),
            Say.Echo("name is "),
        ]));
        component.AddDialog(new TextPrompt("text"));
        var client = new DialogTestClient("test", component);
        await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal("help text", (await client.SendActivityAsync<IMessageActivity>("help"))?.Text);
        Assert.Equal("name?", client.GetNextReply<IMessageActivity>()?.Text);
        Assert.Equal("name is Ada", (await client.SendActivityAsync<IMessageActivity>("Ada"))?.Text);
    }

    [Fact]
    public async Task Changed_inner_dialogs_raise_versionChanged_that_a_parent_can_handle()
    {
        var storage = new MemoryStorage();
        var events = new List<string>();
        ComponentDialog Build(int steps) => new WatchingComponent(events)
            .AddDialog(new WaterfallDialog("steps", Enumerable.Repeat(Say.Ask("next?"), steps)));

        await new DialogTestClient("test", Build(3), conversationState: new ConversationState(storage)).SendActivityAsync<IMessageActivity>("hi");
        await new DialogTestClient("test", Build(3), conversationState: new ConversationState(storage)).SendActivityAsync<IMessageActivity>("a");
        Assert.Empty(events);

        await new DialogTestClient("test", Build(4), conversationState: new ConversationState(storage)).SendActivityAsync<IMessageActivity>("b");
        Assert.Equal([DialogEvents.VersionChanged], events);
    }

    /// <summary>The CoreBot CancelAndHelp pattern: answer "help" and keep the inner prompt where it was.</summary>
    private sealed class HelpfulComponent() : ComponentDialog("helpful")
    {
        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
        {
            if (innerDc.Context.Activity.Text == "help")
            {
                await Say.TextAsync(innerDc, "help text", cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;
            }

            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }

    private sealed class WatchingComponent(List<string> events) : ComponentDialog("watching")
    {
        protected override Task<bool> OnPreBubbleEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken)
        {
            if (e.Name == DialogEvents.VersionChanged)
            {
                events.Add(e.Name);
                return Task.FromResult(true);
            }

            return Task.FromResult(false);
        }
    }
}
