using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Tests.Engine;

public class DialogSetTests
{
    [Fact]
    public void Colliding_ids_get_a_numeric_suffix_and_the_same_instance_is_added_once()
    {
        var set = new DialogSet();
        var first = new TextPrompt("foo");
        var second = new TextPrompt("foo");
        var third = new TextPrompt("foo");

        set.Add(first).Add(second).Add(third).Add(first);

        Assert.Equal(["foo", "foo2", "foo3"], set.GetDialogs().Select(d => d.Id));
        Assert.Same(second, set.Find("foo2"));
        Assert.Null(set.Find("missing"));
    }

    [Fact]
    public void Version_is_stable_and_changes_when_dialogs_change()
    {
        static DialogSet Build(int steps) => new DialogSet()
            .Add(new TextPrompt("text"))
            .Add(new WaterfallDialog("wf", Enumerable.Repeat<WaterfallStep>((step, ct) => step.EndDialogAsync(null, ct), steps)));

        Assert.Equal(Build(2).GetVersion(), Build(2).GetVersion());
        Assert.NotEqual(Build(2).GetVersion(), Build(3).GetVersion());
    }

    [Fact]
    public void Id_defaults_to_the_class_name()
    {
        Assert.Equal(nameof(ComponentDialog), new ComponentDialog().Id);
    }

    [Fact]
    public async Task A_set_without_state_accessor_cannot_create_a_root_context()
    {
        var turn = new TurnContext(new TestAdapter(), new Activity());

        await Assert.ThrowsAsync<InvalidOperationException>(() => new DialogSet().CreateContextAsync(turn));
    }
}
