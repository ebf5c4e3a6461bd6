using HandoffBot.Csat;
using HandoffBot.Dialogs.Root;
using HandoffBot.Handoff;
using HandoffBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace HandoffBot.Tests.Csat;

/// <summary>The CSAT survey after an agent resolves a handoff, through the Emulator's path.</summary>
public sealed class CsatTests(LiveBotFixture bot) : LiveBot(bot), IClassFixture<LiveBotFixture>
{
    [Fact]
    public async Task After_the_agent_completes_the_customer_is_asked_for_a_rating_and_4_is_stored()
    {
        var customer = NewConversation();
        var handoffId = await CompletedHandoffAsync(customer);

        var question = await Listener.WaitForMessageAsync(customer.ConversationId, CsatMessages.Question);
        Assert.Equal(["1", "2", "3", "4", "5"], question.Activity.SuggestedActions.Actions.Select(a => a.Title));

        await customer.SendAsync("4");

        await Listener.WaitForMessageAsync(customer.ConversationId, "Thank you for rating us 4 out of 5");
        var rating = Assert.Single(await Host.Services.GetRequiredService<SqliteCsatStore>().ListAsync(handoffId, CancellationToken.None));
        Assert.Equal((4, null, OpenHours.Wednesday), (rating.Rating, rating.Comment, rating.RecordedUtc));
    }

    [Fact]
    public async Task A_rating_in_words_keeps_the_words_as_the_comment()
    {
        var customer = NewConversation();
        var handoffId = await CompletedHandoffAsync(customer);
        await Listener.WaitForMessageAsync(customer.ConversationId, CsatMessages.Question);

        await customer.SendAsync("five, Sam was great");

        await Listener.WaitForMessageAsync(customer.ConversationId, "rating us 5 out of 5");
        var rating = Assert.Single(await Host.Services.GetRequiredService<SqliteCsatStore>().ListAsync(handoffId, CancellationToken.None));
        Assert.Equal((5, "five, Sam was great"), (rating.Rating, rating.Comment));
    }

    [Fact]
    public async Task A_new_question_instead_of_a_rating_is_answered_and_nothing_is_stored()
    {
        var customer = NewConversation();
        var handoffId = await CompletedHandoffAsync(customer);
        await Listener.WaitForMessageAsync(customer.ConversationId, CsatMessages.Question);

        await customer.SendAsync("help");

        await Listener.WaitForMessageAsync(customer.ConversationId, RootMessages.HelpIntro);
        Assert.Empty(await Host.Services.GetRequiredService<SqliteCsatStore>().ListAsync(handoffId, CancellationToken.None));
    }

    [Fact]
    public async Task A_failed_handoff_asks_for_no_rating()
    {
        var customer = NewConversation();
        await customer.SendAsync("I want to talk to a real person");
        await Listener.WaitForHandoffIdAsync(customer);

        (await customer.PostAsync(HandoffEvents.Status(customer, "failed"))).EnsureSuccessStatusCode().Dispose();

        await Listener.WaitForMessageAsync(customer.ConversationId, "couldn't reach our team");
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == customer.ConversationId && r.Activity.Text == CsatMessages.Question);
    }

    private async Task<string> CompletedHandoffAsync(EmulatorClient customer)
    {
        await customer.SendAsync("I want to talk to a real person");
        var handoffId = await Listener.WaitForHandoffIdAsync(customer);
        (await customer.PostAsync(HandoffEvents.Status(customer, "accepted"))).EnsureSuccessStatusCode().Dispose();
        (await customer.PostAsync(HandoffEvents.Status(customer, "completed"))).EnsureSuccessStatusCode().Dispose();
        await Listener.WaitForMessageAsync(customer.ConversationId, HandoffMiddleware.BackWithBot);
        return handoffId;
    }
}
