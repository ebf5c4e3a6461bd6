using HandoffBot.Dialogs.Flows;
using HandoffBot.Dialogs.Signals;

namespace HandoffBot.Dialogs.Tests.Flows;

public sealed class PasswordResetFlowTests
{
    [Fact]
    public async Task Customer_gets_the_reset_steps_and_a_yes_resolves_the_flow()
    {
        var flow = new FlowConversation(new PasswordResetFlow());

        var guidance = await flow.SayAsync("I forgot my password");
        Assert.Equal("flow:password-reset", flow.Last.Tried);
        Assert.Null(flow.Last.Outcome);
        var end = await flow.SayAsync("yes, I'm in");

        Assert.Equal([PasswordResetFlow.Guidance, PasswordResetFlow.DidItWork], guidance);
        Assert.Equal([FlowMessages.Glad], end);
        Assert.Equal(AttemptOutcome.Resolved, flow.Last.Outcome);
        Assert.False(flow.Last.Declined);
        Assert.Equal(new FlowResult(PasswordResetFlow.Name, AttemptOutcome.Resolved), flow.Result?.Result);
    }

    [Fact]
    public async Task A_no_records_that_the_reset_failed_on_the_password_topic()
    {
        var flow = new FlowConversation(new PasswordResetFlow());
        await flow.SayAsync("I forgot my password");

        var end = await flow.SayAsync("no");

        Assert.Equal([PasswordResetFlow.NotWorked], end);
        Assert.Equal(("flow:password-reset", "flow:password-reset", AttemptOutcome.Failed), (flow.Last.Tried, flow.Last.TopicKey, flow.Last.Outcome));
        Assert.True(flow.Last.Declined);
    }

    [Fact]
    public async Task Something_else_than_yes_or_no_asks_again()
    {
        var flow = new FlowConversation(new PasswordResetFlow());
        await flow.SayAsync("I forgot my password");

        var replies = await flow.SayAsync("the link");

        Assert.StartsWith(PasswordResetFlow.DidItWork, Assert.Single(replies));
        Assert.Null(flow.Last.Outcome);
    }
}
