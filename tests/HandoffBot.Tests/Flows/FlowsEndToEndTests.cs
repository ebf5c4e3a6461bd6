using HandoffBot.Dialogs.Flows;
using HandoffBot.Dialogs.Root;
using HandoffBot.Tests.TestSupport;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Tests.Flows;

/// <summary>The resolve flows through the Emulator's path: real host, sample orders and customers, replies at the serviceUrl.</summary>
public sealed class FlowsEndToEndTests(LiveBotFixture bot) : LiveBot(bot), IClassFixture<LiveBotFixture>
{
    [Fact]
    public async Task Customer_who_gives_an_order_number_gets_its_status()
    {
        var customer = NewConversation();

        await customer.SendAsync("hi, where is order TL-20931?");

        var reply = await Listener.WaitForMessageAsync(customer.ConversationId, "Order TL-20931");
        Assert.Contains("**Completed**", reply.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("assign them under Settings > Members", reply.Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Customer_asked_for_a_ticket_number_gets_the_ticket_status()
    {
        var customer = NewConversation();

        await customer.SendAsync("any update on the issue I reported?");
        await Listener.WaitForMessageAsync(customer.ConversationId, OrderStatusFlow.AskNumber);
        await customer.SendAsync("it's ticket 48240");

        var reply = await Listener.WaitForMessageAsync(customer.ConversationId, "Ticket 48240");
        Assert.Contains("**In progress**", reply.Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Account_details_are_refused_to_a_customer_who_gives_a_wrong_email()
    {
        var customer = Customer("std-ben");

        await customer.SendAsync("how many seats do we have?");
        await Listener.WaitForMessageAsync(customer.ConversationId, EmailCheckDialog.Ask);
        await customer.SendAsync("ben@gmail.example.com");
        await Listener.WaitForMessageAsync(customer.ConversationId, EmailCheckDialog.Mismatch);
        await customer.SendAsync("it's bcarter@carterhale.example.com then");

        await Listener.WaitForMessageAsync(customer.ConversationId, VerifiedAccountFlow.NotVerified);
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == customer.ConversationId && (r.Activity.Text?.Contains("**Seats**", StringComparison.Ordinal) ?? false));
    }

    [Fact]
    public async Task Customer_who_confirms_the_email_on_their_profile_sees_their_seats_and_renewal()
    {
        var customer = Customer("std-ben");

        await customer.SendAsync("how many seats do we have?");
        await Listener.WaitForMessageAsync(customer.ConversationId, EmailCheckDialog.Ask);
        await customer.SendAsync("Ben.Carter@carterhale.example.com");

        var reply = await Listener.WaitForMessageAsync(customer.ConversationId, "**Seats**");
        Assert.Contains("9 of 12 in use", reply.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("1 April 2027", reply.Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Troubleshooting_walks_every_step_and_the_agent_sees_that_it_failed()
    {
        var guide = TroubleshootingGuides.Find(TroubleshootingGuides.Sync)!;
        var customer = NewConversation();

        await customer.SendAsync("my changes aren't syncing");
        for (var step = 0; step < guide.Steps.Count; step++)
        {
            await Listener.WaitForMessageAsync(customer.ConversationId, TroubleshootingFlow.StepText(guide, step));
            await customer.SendAsync("no");
        }

        await Listener.WaitForMessageAsync(customer.ConversationId, TroubleshootingFlow.OutOfSteps);
        await customer.SendAsync("ok, let me talk to a person");

        var initiate = await WaitForInitiateAsync(customer);
        var tried = JObject.FromObject(initiate.Activity.Value!)["tried"]!;
        Assert.Contains(tried, t => t.Value<string>("tried") == "flow:troubleshooting"
            && t.Value<string>("topic") == "troubleshooting:sync"
            && t["outcome"]!.ToString() is "Failed" or "1");
    }

    [Fact]
    public async Task Asking_for_a_person_in_the_middle_of_a_flow_hands_off_instead_of_answering_the_flow()
    {
        var customer = NewConversation();
        await customer.SendAsync("I forgot my password");
        await Listener.WaitForMessageAsync(customer.ConversationId, PasswordResetFlow.DidItWork);

        await customer.SendAsync("talk to a human");

        await WaitForInitiateAsync(customer);
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == customer.ConversationId
            && (r.Activity.Text?.Contains("Please answer **Yes** or **No**", StringComparison.Ordinal) ?? false));
    }

    [Fact]
    public async Task Cancel_inside_a_flow_ends_it_politely_without_a_handoff()
    {
        var customer = NewConversation();
        await customer.SendAsync("any update on my ticket?");
        await Listener.WaitForMessageAsync(customer.ConversationId, OrderStatusFlow.AskNumber);

        await customer.SendAsync("cancel");

        await Listener.WaitForMessageAsync(customer.ConversationId, "I've stopped there");
        Assert.DoesNotContain(Listener.Received, r => IsInitiate(customer)(r));
    }

    [Fact]
    public async Task Choosing_Billing_and_plans_in_the_help_menu_does_not_hand_off()
    {
        var customer = NewConversation();
        await customer.SendAsync("help");
        await Listener.WaitForMessageAsync(customer.ConversationId, RootMessages.HelpIntro);

        await customer.SendAsync("Billing & plans");
        await Listener.WaitForMessageAsync(customer.ConversationId, "when will I be charged next?");
        await customer.SendAsync("help");

        // Still talking to the bot: the menu comes back (a handed-off conversation would go to the agent instead).
        await Listener.WaitForAsync(r => r.ConversationId == customer.ConversationId
            && Listener.Received.Count(m => m.ConversationId == customer.ConversationId && m.Activity.Text == RootMessages.HelpIntro) == 2);
        Assert.DoesNotContain(Listener.Received, r => IsInitiate(customer)(r));
    }

    [Fact]
    public async Task Choosing_Orders_and_tickets_in_the_help_menu_asks_for_the_number_and_looks_it_up()
    {
        var customer = NewConversation();
        await customer.SendAsync("help");
        await Listener.WaitForMessageAsync(customer.ConversationId, RootMessages.HelpIntro);

        await customer.SendAsync("Orders & tickets");
        await Listener.WaitForMessageAsync(customer.ConversationId, OrderStatusFlow.AskNumber);
        await customer.SendAsync("TL-20958");

        var reply = await Listener.WaitForMessageAsync(customer.ConversationId, "Order TL-20958");
        Assert.Contains("**Processing**", reply.Activity.Text, StringComparison.Ordinal);
    }

    private EmulatorClient Customer(string userId) =>
        new(Http, Listener.BaseAddress) { User = new ChannelAccount(userId, "Customer", RoleTypes.User) };

    private Task<ReceivedActivity> WaitForInitiateAsync(EmulatorClient customer) => Listener.WaitForAsync(IsInitiate(customer));

    private static Func<ReceivedActivity, bool> IsInitiate(EmulatorClient customer) =>
        r => r.ConversationId == customer.ConversationId && r.Activity.Type == ActivityTypes.Event && r.Activity.Name == HandoffEventNames.InitiateHandoff;
}
