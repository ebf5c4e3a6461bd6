using HandoffBot.Dialogs.Root;
using HandoffBot.FollowUps;
using HandoffBot.Handoff;
using HandoffBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace HandoffBot.Tests.FollowUps;

/// <summary>A customer who leaves while waiting: the case becomes a follow-up ticket, and nothing is lost.</summary>
public sealed class CustomerLeavesTests : LiveBot
{
    [Fact]
    public async Task Leaving_the_conversation_while_waiting_turns_the_case_into_a_ticket_at_once()
    {
        var customer = NewConversation();
        await customer.SendAsync("I was charged twice this month, I want to talk to a human");
        var handoffId = await Listener.WaitForHandoffIdAsync(customer);
        var summary = (await Hub.FindOpenAsync("emulator", customer.ConversationId, CancellationToken.None))!.Summary;

        await LeaveAsync(customer);

        var ticket = await Store.FindByHandoffAsync(handoffId, CancellationToken.None);
        Assert.NotNull(ticket);
        Assert.Equal((FollowUpReasons.CustomerLeft, summary, customer.User.Id), (ticket.Reason, ticket.Summary, ticket.CustomerId));
        Assert.Null(await Hub.FindOpenAsync("emulator", customer.ConversationId, CancellationToken.None));
    }

    [Fact]
    public async Task An_anonymous_customer_who_gave_an_email_and_left_gets_a_ticket_with_that_email()
    {
        var customer = NewConversation();
        await customer.SendAsync("I want to talk to a real person, you can reach me at jo.customer@example.com");
        var handoffId = await Listener.WaitForHandoffIdAsync(customer);

        await LeaveAsync(customer);

        var ticket = await Store.FindByHandoffAsync(handoffId, CancellationToken.None);
        Assert.NotNull(ticket);
        Assert.Equal(("email", "jo.customer@example.com"), (ticket.ContactMethod, ticket.Email));
    }

    [Fact]
    public async Task Ending_the_conversation_while_waiting_also_turns_the_case_into_a_ticket()
    {
        var customer = NewConversation();
        await customer.SendAsync("I want to talk to a real person");
        var handoffId = await Listener.WaitForHandoffIdAsync(customer);

        var end = customer.Message(string.Empty);
        end.Type = Microsoft.Bot.Schema.ActivityTypes.EndOfConversation;
        end.Text = null;
        (await customer.PostAsync(end)).EnsureSuccessStatusCode().Dispose();

        Assert.Equal(FollowUpReasons.CustomerLeft, (await Store.FindByHandoffAsync(handoffId, CancellationToken.None))?.Reason);
    }

    [Fact]
    public async Task A_customer_silent_for_the_inactivity_timeout_gets_a_ticket_and_a_fresh_start_when_back()
    {
        var customer = NewConversation();
        await customer.SendAsync("I want to talk to a real person");
        var handoffId = await Listener.WaitForHandoffIdAsync(customer);
        Clock.Advance(TimeSpan.FromMinutes(14));
        await customer.SendAsync("it's about order 10432 by the way");
        Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Null(await Store.FindByHandoffAsync(handoffId, CancellationToken.None));

        Clock.Advance(TimeSpan.FromMinutes(2));

        var ticket = await Eventually.HoldsAsync(() => Store.FindByHandoffAsync(handoffId, CancellationToken.None), "the inactivity ticket");
        Assert.Equal(FollowUpReasons.Inactive, ticket.Reason);
        Assert.Null(await Hub.FindOpenAsync("emulator", customer.ConversationId, CancellationToken.None));
        await customer.SendAsync("help");
        await Listener.WaitForMessageAsync(customer.ConversationId, RootMessages.HelpIntro);
    }

    [Fact]
    public async Task A_customer_who_has_an_agent_is_not_timed_out()
    {
        var customer = NewConversation();
        await customer.SendAsync("I want to talk to a real person");
        var handoffId = await Listener.WaitForHandoffIdAsync(customer);
        (await customer.PostAsync(HandoffEvents.Status(customer, "accepted"))).EnsureSuccessStatusCode().Dispose();

        Clock.Advance(TimeSpan.FromHours(1));
        var other = NewConversation();
        await other.SendAsync("I want to talk to a real person");
        var otherId = await Listener.WaitForHandoffIdAsync(other);
        Clock.Advance(TimeSpan.FromMinutes(16));
        await Eventually.HoldsAsync(() => Store.FindByHandoffAsync(otherId, CancellationToken.None), "the other customer's ticket");

        Assert.Null(await Store.FindByHandoffAsync(handoffId, CancellationToken.None));
    }

    private SqliteFollowUpStore Store => Host.Services.GetRequiredService<SqliteFollowUpStore>();

    private IAgentHub Hub => Host.Services.GetRequiredService<IAgentHub>();

    /// <summary>The customer closes the chat: the channel says they left the conversation.</summary>
    private static async Task LeaveAsync(EmulatorClient customer)
    {
        var left = customer.ConversationUpdate();
        left.MembersAdded = null;
        left.MembersRemoved = [customer.User];
        (await customer.PostAsync(left)).EnsureSuccessStatusCode().Dispose();
    }
}
