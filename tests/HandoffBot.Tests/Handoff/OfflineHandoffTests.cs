using HandoffBot.Dialogs.Flows;
using HandoffBot.Dialogs.FollowUp;
using HandoffBot.FollowUps;
using HandoffBot.Agents;
using HandoffBot.Handoff;
using HandoffBot.Knowledge;
using HandoffBot.Tests.TestSupport;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace HandoffBot.Tests.Handoff;

/// <summary>
/// Handoffs nobody can answer soon, through the Emulator's path: the customer hears honestly when to expect an answer,
/// the case stays queued with everything, and they can ask for an email or a callback instead of waiting.
/// </summary>
public sealed class OfflineHandoffTests : LiveBot
{
    // Saturday 15:00 UTC: the account-management team (New York, weekdays 09:00–18:00) is away until Monday.
    private static readonly DateTimeOffset Saturday = new(2026, 11, 28, 15, 0, 0, TimeSpan.Zero);

    // Monday 15:00 UTC: 10:00 in New York, inside the team's hours.
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Outside_business_hours_the_customer_hears_when_the_team_is_back_and_can_leave_an_email()
    {
        Clock.SetUtcNow(Saturday);
        Agents.Available = 0;
        var customer = NewConversation();

        await customer.SendAsync("I want to talk to a real person");

        await Listener.WaitForMessageAsync(customer.ConversationId, "Monday 30 November at 09:00 (New York time)");
        var handoffId = await Listener.WaitForHandoffIdAsync(customer);
        var offer = await Listener.WaitForMessageAsync(customer.ConversationId, FollowUpMessages.Offer);
        Assert.Equal([FollowUpMessages.EmailChoice, FollowUpMessages.CallbackChoice, FollowUpMessages.NoThanksChoice], offer.Activity.SuggestedActions.Actions.Select(a => a.Title));

        await customer.SendAsync(FollowUpMessages.EmailChoice);
        await Listener.WaitForMessageAsync(customer.ConversationId, FollowUpMessages.AskEmail);
        await customer.SendAsync("sure, it's jo.customer@example.com");
        await Listener.WaitForMessageAsync(customer.ConversationId, "Done: ticket FU-0001");

        var ticket = await Host.Services.GetRequiredService<SqliteFollowUpStore>().FindByHandoffAsync(handoffId, CancellationToken.None);
        Assert.NotNull(ticket);
        Assert.Equal(("FU-0001", "email", "jo.customer@example.com", FollowUpReasons.Requested, FollowUpTicket.Open), (ticket.Id, ticket.ContactMethod, ticket.Email, ticket.Reason, ticket.Status));
        Assert.Contains("talk to a real person", ticket.Summary, StringComparison.OrdinalIgnoreCase);

        // The case stays queued for the team, with its context.
        Assert.Equal(handoffId, (await Host.Services.GetRequiredService<IAgentHub>().FindOpenAsync("emulator", customer.ConversationId, CancellationToken.None))?.HandoffId);
    }

    [Fact]
    public async Task Outside_business_hours_an_available_agent_with_the_skill_means_a_person_is_coming()
    {
        // Saturday, and the account-management team is off, but one of them is signed in and available.
        Clock.SetUtcNow(Saturday);
        var customer = NewConversation();

        await customer.SendAsync("I want to talk to a real person");

        await Listener.WaitForHandoffIdAsync(customer);
        Assert.Contains(Listener.Received, r => r.ConversationId == customer.ConversationId && (r.Activity.Text?.Contains("bringing in someone", StringComparison.Ordinal) ?? false));
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == customer.ConversationId
            && ((r.Activity.Text?.Contains("away right now", StringComparison.Ordinal) ?? false) || r.Activity.Text == FollowUpMessages.Offer));
    }

    [Fact]
    public async Task Is_anyone_there_outside_business_hours_hears_again_when_the_team_is_back()
    {
        Clock.SetUtcNow(Saturday);
        Agents.Available = 0;
        var customer = NewConversation();
        await customer.SendAsync("I want to talk to a real person");
        await Listener.WaitForMessageAsync(customer.ConversationId, FollowUpMessages.Offer);
        await customer.SendAsync(FollowUpMessages.NoThanksChoice);

        await customer.SendAsync("is anyone there?");

        await Listener.WaitForAsync(r => r.ConversationId == customer.ConversationId
            && Listener.Received.Count(m => m.ConversationId == customer.ConversationId && (m.Activity.Text?.Contains("Monday 30 November at 09:00", StringComparison.Ordinal) ?? false)) == 2);
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == customer.ConversationId && (r.Activity.Text?.Contains("will join you", StringComparison.Ordinal) ?? false));
    }

    [Fact]
    public async Task After_an_email_ticket_a_how_to_question_is_still_answered_and_every_word_about_the_wait_repeats_the_promise()
    {
        Clock.SetUtcNow(Saturday);
        Agents.Available = 0;
        var customer = NewConversation();
        await customer.SendAsync("I want to talk to a real person");
        var handoffId = await Listener.WaitForHandoffIdAsync(customer);
        await Listener.WaitForMessageAsync(customer.ConversationId, FollowUpMessages.Offer);
        await customer.SendAsync(FollowUpMessages.EmailChoice);
        await customer.SendAsync("jo.customer@example.com");
        await Listener.WaitForMessageAsync(customer.ConversationId, "Done: ticket FU-0001");

        await customer.SendAsync("how do I export my data?");

        await Listener.WaitForMessageAsync(customer.ConversationId, "Source: [Export your projects and tasks]");
        var stillOpen = await Listener.WaitForMessageAsync(customer.ConversationId, "Your case stays open too.");
        Assert.Contains("We'll email you at jo.customer@example.com about ticket FU-0001.", stillOpen.Activity.Text, StringComparison.Ordinal);
        // The buttons of "Did that help?" stay on the last message, where Web Chat shows them.
        var question = await Listener.WaitForMessageAsync(customer.ConversationId, KnowledgeMessages.DidThatHelp);
        var order = Listener.Received.Where(r => r.ConversationId == customer.ConversationId).ToList();
        Assert.True(order.IndexOf(question) > order.IndexOf(stillOpen));

        await customer.SendAsync("it's about order 10432 by the way");

        var acknowledged = await Listener.WaitForMessageAsync(customer.ConversationId, "added that to your case");
        Assert.Equal("Thanks — I've added that to your case. We'll email you at jo.customer@example.com about ticket FU-0001.", acknowledged.Activity.Text);
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == customer.ConversationId
            && ((r.Activity.Text?.Contains("shortly", StringComparison.Ordinal) ?? false) || (r.Activity.Text?.Contains("10432", StringComparison.Ordinal) ?? false) || r.Activity.Text == OrderStatusFlow.AskNumber));
        var onCase = await Host.Services.GetRequiredService<SqliteAgentHub>().GetCustomerMessagesAsync(handoffId, CancellationToken.None);
        Assert.Contains(onCase, m => m.Text == "how do I export my data?");
        Assert.Contains(onCase, m => m.Text == "it's about order 10432 by the way");
    }

    [Fact]
    public async Task A_question_the_help_center_cannot_answer_while_the_team_is_away_is_acknowledged_with_when_they_are_back()
    {
        Clock.SetUtcNow(Saturday);
        Agents.Available = 0;
        var customer = NewConversation();
        await customer.SendAsync("I want to talk to a real person");
        await Listener.WaitForMessageAsync(customer.ConversationId, FollowUpMessages.Offer);
        await customer.SendAsync(FollowUpMessages.NoThanksChoice);
        await Listener.WaitForMessageAsync(customer.ConversationId, FollowUpMessages.Declined);

        await customer.SendAsync("we mostly use the tablet app, in case that matters");

        var acknowledged = await Listener.WaitForMessageAsync(customer.ConversationId, "added that to your case");
        Assert.Equal("Thanks — I've added that to your case. Our team is away right now and will pick it up when they're back: Monday 30 November at 09:00 (New York time).", acknowledged.Activity.Text);
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == customer.ConversationId
            && (r.Activity.Text == KnowledgeMessages.Declined || r.Activity.Text == HandoffBot.Dialogs.Root.RootMessages.NotUnderstood));
    }

    [Fact]
    public async Task With_nobody_available_the_customer_can_book_a_callback_for_tomorrow_after_3pm()
    {
        Clock.SetUtcNow(Monday);
        Agents.Available = 0;
        var customer = NewConversation();

        await customer.SendAsync("can I speak to a real person please");

        await Listener.WaitForMessageAsync(customer.ConversationId, "busy or away");
        var handoffId = await Listener.WaitForHandoffIdAsync(customer);
        await Listener.WaitForMessageAsync(customer.ConversationId, FollowUpMessages.Offer);
        await customer.SendAsync("call me back");
        await Listener.WaitForMessageAsync(customer.ConversationId, FollowUpMessages.AskPhone);
        await customer.SendAsync("+1 212 555 0147");
        await Listener.WaitForMessageAsync(customer.ConversationId, "Times are in New York time");
        await customer.SendAsync("tomorrow after 3pm");
        await Listener.WaitForMessageAsync(customer.ConversationId, "Tuesday 1 December at 15:00");

        var ticket = await Host.Services.GetRequiredService<SqliteFollowUpStore>().FindByHandoffAsync(handoffId, CancellationToken.None);
        Assert.NotNull(ticket);
        Assert.Equal("callback", ticket.ContactMethod);
        Assert.Contains("555", ticket.Phone, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 20, 0, 0, TimeSpan.Zero), ticket.CallbackUtc);
    }

    [Fact]
    public async Task A_callback_time_in_the_past_is_asked_again()
    {
        Clock.SetUtcNow(Monday);
        Agents.Available = 0;
        var customer = NewConversation();
        await customer.SendAsync("can I speak to a real person please");
        await Listener.WaitForMessageAsync(customer.ConversationId, FollowUpMessages.Offer);
        await customer.SendAsync("call me back");
        await customer.SendAsync("212 555 0147");
        await Listener.WaitForMessageAsync(customer.ConversationId, "When should we call");

        await customer.SendAsync("yesterday at 3pm");

        await Listener.WaitForMessageAsync(customer.ConversationId, FollowUpMessages.PastTime);
        Assert.Empty(await Host.Services.GetRequiredService<SqliteFollowUpStore>().ListAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task Something_else_instead_of_an_answer_to_the_offer_goes_to_the_case()
    {
        Clock.SetUtcNow(Saturday);
        Agents.Available = 0;
        var customer = NewConversation();
        await customer.SendAsync("I want to talk to a real person");
        await Listener.WaitForMessageAsync(customer.ConversationId, FollowUpMessages.Offer);

        await customer.SendAsync("it's about order 10432 by the way");

        await Listener.WaitForMessageAsync(customer.ConversationId, "added that to your case");
    }

    [Fact]
    public async Task Never_mind_while_waiting_closes_the_case_politely_and_the_bot_takes_over()
    {
        var customer = NewConversation();
        await customer.SendAsync("I want to talk to a real person");
        await Listener.WaitForHandoffIdAsync(customer);

        await customer.SendAsync("never mind, I found it");

        await Listener.WaitForMessageAsync(customer.ConversationId, "Glad you found it");
        Assert.Null(await Host.Services.GetRequiredService<IAgentHub>().FindOpenAsync("emulator", customer.ConversationId, CancellationToken.None));
        await customer.SendAsync("help");
        await Listener.WaitForMessageAsync(customer.ConversationId, HandoffBot.Dialogs.Root.RootMessages.HelpIntro);
    }

    [Fact]
    public async Task Withdrawing_after_asking_for_an_email_closes_the_ticket_too()
    {
        Clock.SetUtcNow(Saturday);
        Agents.Available = 0;
        var customer = NewConversation();
        await customer.SendAsync("I want to talk to a real person");
        var handoffId = await Listener.WaitForHandoffIdAsync(customer);
        await customer.SendAsync(FollowUpMessages.EmailChoice);
        await customer.SendAsync("jo.customer@example.com");
        await Listener.WaitForMessageAsync(customer.ConversationId, "Done: ticket");

        await customer.SendAsync("no longer need help, it's sorted now");

        await Listener.WaitForMessageAsync(customer.ConversationId, "Glad you found it");
        var ticket = await Host.Services.GetRequiredService<SqliteFollowUpStore>().FindByHandoffAsync(handoffId, CancellationToken.None);
        Assert.Equal((FollowUpTicket.Closed, "customer"), (ticket!.Status, ticket.ClosedBy));
    }

    [Fact]
    public async Task Inside_hours_with_agents_available_the_usual_transition_is_kept()
    {
        var customer = NewConversation();

        await customer.SendAsync("I want to talk to a real person");

        await Listener.WaitForMessageAsync(customer.ConversationId, "Expected wait");
        await Listener.WaitForHandoffIdAsync(customer);
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == customer.ConversationId && r.Activity.Type == ActivityTypes.Message
            && (r.Activity.Text?.Contains(FollowUpMessages.Offer, StringComparison.Ordinal) ?? false));
    }
}
