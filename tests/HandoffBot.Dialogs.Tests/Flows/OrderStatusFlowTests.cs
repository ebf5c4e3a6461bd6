using HandoffBot.Dialogs.Flows;
using HandoffBot.Dialogs.Signals;

namespace HandoffBot.Dialogs.Tests.Flows;

public sealed class OrderStatusFlowTests
{
    [Fact]
    public async Task A_number_given_up_front_is_answered_at_once()
    {
        var flow = new FlowConversation(new OrderStatusFlow(new SampleOrders()), new OrderStatusOptions("TL-20931"));

        var replies = await flow.SayAsync("where is order TL-20931?");

        Assert.Equal([OrderStatusFlow.Describe(SampleOrders.SeatUpgrade)], replies);
        Assert.Contains("**Completed**", replies[0], StringComparison.Ordinal);
        Assert.Equal(("flow:order-status", AttemptOutcome.Resolved), (flow.Last.Tried, flow.Last.Outcome));
    }

    [Fact]
    public async Task Without_a_number_the_flow_asks_for_it_and_finds_a_ticket_in_free_text()
    {
        var flow = new FlowConversation(new OrderStatusFlow(new SampleOrders()));

        var ask = await flow.SayAsync("any update on my ticket?");
        var notANumber = await flow.SayAsync("the one about the iPad");
        var answer = await flow.SayAsync("oh it's #48213");

        Assert.Equal([OrderStatusFlow.AskNumber], ask);
        Assert.Equal([OrderStatusFlow.NoNumber], notANumber);
        Assert.Equal([OrderStatusFlow.Describe(SampleOrders.SyncTicket)], answer);
        Assert.Equal(AttemptOutcome.Resolved, flow.Last.Outcome);
    }

    [Fact]
    public async Task Two_unknown_numbers_end_the_flow_as_failed()
    {
        var flow = new FlowConversation(new OrderStatusFlow(new SampleOrders()), new OrderStatusOptions("TL-99999"));

        var first = await flow.SayAsync("where is order TL-99999?");
        var second = await flow.SayAsync("sorry, TL-99998");

        Assert.Equal([OrderStatusFlow.NotFound("TL-99999"), OrderStatusFlow.AskNumber], first);
        Assert.Equal([OrderStatusFlow.NotFoundFinal], second);
        Assert.Equal(AttemptOutcome.Failed, flow.Last.Outcome);
    }
}
