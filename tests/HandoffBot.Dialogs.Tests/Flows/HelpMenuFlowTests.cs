using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Flows;
using HandoffBot.Dialogs.Root;
using Microsoft.Bot.Builder;

namespace HandoffBot.Dialogs.Tests.Flows;

public sealed class HelpMenuFlowTests
{
    [Fact]
    public async Task Orders_and_tickets_in_the_menu_leads_into_the_order_status_flow()
    {
        var flow = new FlowConversation(new RootDialog([new FlowsOnly(new OrderStatusFlow(new SampleOrders()))]));
        await flow.SayAsync("help");

        var picked = await flow.SayAsync("Orders & tickets");
        var status = await flow.SayAsync("48213");

        Assert.Equal([HelpTopics.All[1].Answer, OrderStatusFlow.AskNumber], picked);
        Assert.Equal([OrderStatusFlow.Describe(SampleOrders.SyncTicket)], status);
    }

    [Fact]
    public async Task Billing_and_plans_in_the_menu_answers_without_starting_a_flow()
    {
        var flow = new FlowConversation(new RootDialog([new FlowsOnly(new BillingInfoFlow(new CustomerAccount(null)))]));
        await flow.SayAsync("help");

        var picked = await flow.SayAsync("Billing & plans");

        Assert.Equal([HelpTopics.All[2].Answer], picked);
        Assert.Null(flow.Last.Tried);
        Assert.Equal(DialogTurnStatus.Complete, flow.Result?.Status);
    }

    // A route that only brings its dialogs into the root's set and never takes a message itself.
    private sealed class FlowsOnly(Dialog dialog) : IRootRoute
    {
        public int Order => 100;

        public bool AnswersInOneTurn => false;

        public IEnumerable<Dialog> Dialogs => [dialog];

        public Task<RouteMatch?> MatchAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.FromResult<RouteMatch?>(null);
    }
}
