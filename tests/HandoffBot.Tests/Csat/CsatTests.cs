using HandoffBot.Csat;
using HandoffBot.Dialogs.Root;
using HandoffBot.Handoff;
using HandoffBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace HandoffBot.Tests.Csat;

/// <summary>The CSAT survey after an agent resolves a handoff, and of the bot alone at goodbye, through the Emulator's path.</summary>
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

    [Fact]
    public async Task A_customer_the_bot_alone_helped_is_asked_once_at_goodbye_and_the_rating_is_the_bots()
    {
        var customer = NewConversation();
        await customer.SendAsync("how do I reset my password?");
        await Listener.WaitForMessageAsync(customer.ConversationId, "Source:");

        await customer.SendAsync("thanks, bye");
        var question = await Listener.WaitForMessageAsync(customer.ConversationId, CsatMessages.AiOnlyQuestion);
        Assert.Equal(["1", "2", "3", "4", "5"], question.Activity.SuggestedActions.Actions.Select(a => a.Title));
        await customer.SendAsync("5");
        await Listener.WaitForMessageAsync(customer.ConversationId, "Thank you for rating us 5 out of 5");

        var store = Host.Services.GetRequiredService<SqliteCsatStore>();
        var rating = Assert.Single(
            await store.ListAiOnlyAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, CancellationToken.None), r => r.ConversationId == customer.ConversationId);
        Assert.True(rating.IsAiOnly);
        Assert.Equal(5, rating.Rating);

        // Once per conversation: another question and another goodbye are not asked about again.
        await customer.SendAsync("how do I export my data?");
        await Listener.WaitForMessageAsync(customer.ConversationId, "export");
        await customer.SendAsync("goodbye");
        await Listener.WaitForMessageAsync(customer.ConversationId, RootMessages.SmallTalkGoodbye);
        Assert.Single(Listener.Received, r => r.ConversationId == customer.ConversationId && r.Activity.Text == CsatMessages.AiOnlyQuestion);
    }

    [Fact]
    public async Task A_request_after_the_bots_survey_is_a_request_not_a_rating()
    {
        var customer = NewConversation();
        await customer.SendAsync("how do I reset my password?");
        await Listener.WaitForMessageAsync(customer.ConversationId, "Source:");
        await customer.SendAsync("thanks, bye");
        await Listener.WaitForMessageAsync(customer.ConversationId, CsatMessages.AiOnlyQuestion);

        await customer.SendAsync("ok can I talk to a real person please");

        await Listener.WaitForHandoffIdAsync(customer);
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == customer.ConversationId && r.Activity.Text?.StartsWith("Thank you for rating", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task No_ai_only_survey_after_a_handoff_or_when_the_bot_answered_nothing()
    {
        var greeted = NewConversation();
        await greeted.SendAsync("hi");
        await Listener.WaitForMessageAsync(greeted.ConversationId, RootMessages.SmallTalkGreeting);
        await greeted.SendAsync("thanks, bye");
        await Listener.WaitForMessageAsync(greeted.ConversationId, RootMessages.SmallTalkThanksAndGoodbye);

        var handedOff = NewConversation();
        await handedOff.SendAsync("how do I reset my password?");
        await Listener.WaitForMessageAsync(handedOff.ConversationId, "Source:");
        await CompletedHandoffAsync(handedOff);
        await handedOff.SendAsync("4");
        await Listener.WaitForMessageAsync(handedOff.ConversationId, "Thank you for rating us 4 out of 5");
        await handedOff.SendAsync("thanks, bye");
        await Listener.WaitForMessageAsync(handedOff.ConversationId, RootMessages.SmallTalkThanksAndGoodbye);

        Assert.DoesNotContain(Listener.Received, r => r.Activity.Text == CsatMessages.AiOnlyQuestion
            && (r.ConversationId == greeted.ConversationId || r.ConversationId == handedOff.ConversationId));
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
