using HandoffBot.Dialogs.Flows;
using HandoffBot.Dialogs.Signals;

namespace HandoffBot.Dialogs.Tests.Flows;

public sealed class AccountFlowTests
{
    [Fact]
    public async Task Customer_who_confirms_their_email_sees_plan_seats_and_renewal()
    {
        var flow = new FlowConversation(new AccountFlow(new CustomerAccount(CustomerAccount.Ben)));

        var ask = await flow.SayAsync("how many seats do we have?");
        var details = Assert.Single(await flow.SayAsync("it's Ben.Carter@carterhale.example.com"));

        Assert.Equal([EmailCheckDialog.Ask], ask);
        Assert.Contains("**Plan**: Team", details, StringComparison.Ordinal);
        Assert.Contains("**Seats**: 9 of 12 in use", details, StringComparison.Ordinal);
        Assert.Contains("**Renews on**: 1 April 2027", details, StringComparison.Ordinal);
        Assert.Equal(("flow:account", AttemptOutcome.Resolved), (flow.Last.Tried, flow.Last.Outcome));
    }

    [Fact]
    public async Task A_wrong_email_is_refused_and_after_a_second_one_the_flow_fails_without_showing_anything()
    {
        var flow = new FlowConversation(new AccountFlow(new CustomerAccount(CustomerAccount.Ben)));
        await flow.SayAsync("what plan are we on?");

        var first = await flow.SayAsync("ben@gmail.example.com");
        var second = await flow.SayAsync("carter@carterhale.example.com");

        Assert.Equal([EmailCheckDialog.Mismatch, EmailCheckDialog.Ask], first);
        Assert.Equal([VerifiedAccountFlow.NotVerified], second);
        Assert.DoesNotContain(first.Concat(second), r => r.Contains("Team", StringComparison.Ordinal));
        Assert.Equal(AttemptOutcome.Failed, flow.Last.Outcome);
    }

    [Fact]
    public async Task Text_that_is_not_an_email_is_asked_for_again_without_counting_as_a_wrong_email()
    {
        var flow = new FlowConversation(new AccountFlow(new CustomerAccount(CustomerAccount.Ben)));
        await flow.SayAsync("what plan are we on?");

        var retry = await flow.SayAsync("why do you need that");
        await flow.SayAsync("nobody@nowhere.example.com");
        var details = Assert.Single(await flow.SayAsync("ben.carter@carterhale.example.com"));

        Assert.Equal([EmailCheckDialog.NotAnEmail], retry);
        Assert.Contains("**Plan**: Team", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_customer_the_crm_does_not_know_is_told_so_and_the_flow_fails()
    {
        var flow = new FlowConversation(new AccountFlow(new CustomerAccount(null)));

        var replies = await flow.SayAsync("what plan are we on?");

        Assert.Equal([VerifiedAccountFlow.NoAccount], replies);
        Assert.Equal(AttemptOutcome.Failed, flow.Last.Outcome);
    }
}
