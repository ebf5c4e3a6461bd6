using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Flows;
using HandoffBot.Dialogs.Signals;

namespace HandoffBot.Dialogs.Tests.Flows;

/// <summary>"help" and "cancel" work at every question of every flow.</summary>
public sealed class FlowInterruptionTests
{
    public static TheoryData<string, string> FirstQuestions => new()
    {
        { nameof(PasswordResetFlow), "I forgot my password" },
        { nameof(AccountFlow), "how many seats do we have?" },
        { nameof(BillingInfoFlow), "what's my next invoice?" },
        { nameof(OrderStatusFlow), "where is my order?" },
        { nameof(TroubleshootingFlow), "something is broken" },
    };

    [Theory]
    [MemberData(nameof(FirstQuestions))]
    public async Task Cancel_stops_the_flow_politely_and_records_it_as_abandoned(string flowId, string opening)
    {
        var flow = new FlowConversation(Create(flowId));
        await flow.SayAsync(opening);

        var replies = await flow.SayAsync("cancel");

        Assert.Equal([FlowMessages.Cancelled], replies);
        Assert.Equal(DialogTurnStatus.Complete, flow.Result?.Status);
        Assert.Equal(AttemptOutcome.Abandoned, flow.Last.Outcome);
        Assert.StartsWith("flow:", flow.Last.Tried, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(FirstQuestions))]
    public async Task Help_explains_the_question_and_asks_it_again(string flowId, string opening)
    {
        var flow = new FlowConversation(Create(flowId));
        var question = (await flow.SayAsync(opening))[^1];

        var replies = await flow.SayAsync("help");

        Assert.Equal(2, replies.Count);
        Assert.Contains("**cancel**", replies[0], StringComparison.Ordinal);
        Assert.Equal(question, replies[1]);
        Assert.Equal(DialogTurnStatus.Waiting, flow.Result?.Status);
        Assert.Null(flow.Last.Outcome);
    }

    [Theory]
    [InlineData("cancel")]
    [InlineData("Stop!")]
    [InlineData("never mind")]
    [InlineData("forget it")]
    [InlineData("please cancel that")]
    public void Short_stop_words_cancel(string text) => Assert.True(FlowCommands.IsCancel(text));

    [Theory]
    [InlineData("cancel my subscription")]
    [InlineData("how do I stop notifications")]
    [InlineData("TL-20931")]
    public void Requests_that_mention_stopping_do_not_cancel(string text) => Assert.False(FlowCommands.IsCancel(text));

    private static FlowDialog Create(string flowId) => flowId switch
    {
        nameof(PasswordResetFlow) => new PasswordResetFlow(),
        nameof(AccountFlow) => new AccountFlow(new CustomerAccount(CustomerAccount.Ben)),
        nameof(BillingInfoFlow) => new BillingInfoFlow(new CustomerAccount(CustomerAccount.Ben)),
        nameof(OrderStatusFlow) => new OrderStatusFlow(new SampleOrders()),
        _ => new TroubleshootingFlow(),
    };
}
