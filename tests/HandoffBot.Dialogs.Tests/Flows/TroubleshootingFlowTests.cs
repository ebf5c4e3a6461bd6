using HandoffBot.Dialogs.Flows;
using HandoffBot.Dialogs.Signals;

namespace HandoffBot.Dialogs.Tests.Flows;

public sealed class TroubleshootingFlowTests
{
    [Fact]
    public async Task A_yes_after_a_step_resolves_the_problem()
    {
        var guide = TroubleshootingGuides.Find(TroubleshootingGuides.Sync)!;
        var flow = new FlowConversation(new TroubleshootingFlow(), new TroubleshootingOptions(TroubleshootingGuides.Sync));

        var first = await flow.SayAsync("my changes aren't syncing");
        await flow.SayAsync("no");
        var end = await flow.SayAsync("yes that fixed it");

        Assert.StartsWith(TroubleshootingFlow.StepText(guide, 0), Assert.Single(first), StringComparison.Ordinal);
        Assert.Equal([FlowMessages.Glad], end);
        Assert.Equal(("flow:troubleshooting", "troubleshooting:sync", AttemptOutcome.Resolved), (flow.Last.Tried, flow.Last.TopicKey, flow.Last.Outcome));
    }

    [Fact]
    public async Task Every_step_is_offered_in_order_and_no_after_the_last_records_a_failure()
    {
        var guide = TroubleshootingGuides.Find(TroubleshootingGuides.Notifications)!;
        var flow = new FlowConversation(new TroubleshootingFlow());

        var menu = await flow.SayAsync("something is broken");
        var shown = new List<string> { Assert.Single(await flow.SayAsync("Notifications not arriving")) };
        for (var i = 1; i < guide.Steps.Count; i++)
        {
            shown.Add(Assert.Single(await flow.SayAsync("no")));
        }

        var end = await flow.SayAsync("no");

        Assert.Equal([TroubleshootingFlow.WhichProblem], menu);
        Assert.Equal(guide.Steps.Select((_, i) => $"{TroubleshootingFlow.StepText(guide, i)}\n\n{FlowMessages.DidThatFixIt}"), shown);
        Assert.Equal([TroubleshootingFlow.OutOfSteps], end);
        Assert.Equal(("troubleshooting:notifications", AttemptOutcome.Failed), (flow.Last.TopicKey, flow.Last.Outcome));
    }
}
