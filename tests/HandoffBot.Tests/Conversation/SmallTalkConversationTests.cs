using HandoffBot.Csat;
using HandoffBot.Dialogs.Root;
using HandoffBot.Knowledge;
using HandoffBot.Tests.TestSupport;
using Microsoft.Bot.Schema;

namespace HandoffBot.Tests.Conversation;

/// <summary>Everyday conversation through the Emulator's path (the real bot, its rulebook and help center).</summary>
public sealed class SmallTalkConversationTests(LiveBotFixture bot) : LiveBot(bot), IClassFixture<LiveBotFixture>
{
    [Fact]
    public async Task Greetings_get_a_greeting_and_never_count_as_a_miss_or_bring_an_offer()
    {
        var customer = NewConversation();

        foreach (var greeting in new[] { "hi", "hello", "hey there!" })
        {
            await customer.SendAsync(greeting);
        }

        // The Emulator's POST returns when the turn is over: every reply has arrived.
        Assert.Equal(3, Messages(customer).Count(text => text == RootMessages.SmallTalkGreeting));
        Assert.DoesNotContain(Messages(customer), IsDeclineOrOffer);
    }

    [Fact]
    public async Task Thanks_is_welcomed_rather_than_answered_with_an_article()
    {
        var customer = NewConversation();

        await customer.SendAsync("thanks!");

        Assert.Equal([RootMessages.SmallTalkThanks], Messages(customer));
    }

    [Fact]
    public async Task Thanks_and_goodbye_after_an_answer_that_helped_gets_a_goodbye()
    {
        var customer = NewConversation();
        await customer.SendAsync("how do I reset my password?");
        await Listener.WaitForMessageAsync(customer.ConversationId, KnowledgeMessages.DidThatHelp);
        await customer.SendAsync("Yes");
        await Listener.WaitForMessageAsync(customer.ConversationId, "glad that helped");

        await customer.SendAsync("thanks, bye");

        // The goodbye, then once the question how the bot did (the lead compares it with CSAT after handoffs).
        Assert.Equal(RootMessages.SmallTalkThanksAndGoodbye, Messages(customer)[^2]);
        Assert.Equal(CsatMessages.AiOnlyQuestion, Messages(customer)[^1]);
        Assert.DoesNotContain(Messages(customer), IsDeclineOrOffer);
    }

    [Theory]
    [InlineData("are you a bot?", RootMessages.SmallTalkBotQuestion)]
    [InlineData("hello? is anyone there?", RootMessages.SmallTalkAnyoneThere)]
    public async Task Questions_about_who_is_there_get_an_honest_short_answer(string text, string expected)
    {
        var customer = NewConversation();

        await customer.SendAsync(text);

        Assert.Equal([expected], Messages(customer));
    }

    private static bool IsDeclineOrOffer(string text) =>
        text.Contains("not sure", StringComparison.OrdinalIgnoreCase) || text.Contains("connect you with someone", StringComparison.Ordinal);

    private List<string> Messages(EmulatorClient customer) =>
        [.. Listener.Received.Where(r => r.ConversationId == customer.ConversationId && r.Activity.Type == ActivityTypes.Message).Select(r => r.Activity.Text)];
}
