using HandoffBot.Knowledge;
using HandoffBot.Tests.TestSupport;
using Microsoft.Bot.Schema;

namespace HandoffBot.Tests.Knowledge;

/// <summary>Knowledge answers through the Emulator's path: the real host, the sample help center, replies at the serviceUrl.</summary>
public sealed class KnowledgeConversationTests(LiveBotFixture bot) : LiveBot(bot), IClassFixture<LiveBotFixture>
{
    [Fact]
    public async Task Routine_question_gets_a_short_sourced_answer_and_did_that_help()
    {
        var customer = NewConversation();
        await customer.SendAsync("how do I reset my password?");

        var answer = await Listener.WaitForMessageAsync(customer.ConversationId, "Source: [");
        Assert.Contains("(https://help.tasklane.example/articles/reset-your-password)", answer.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(TextFormatTypes.Markdown, answer.Activity.TextFormat);
        Assert.True(answer.Activity.Text.Length < 900, answer.Activity.Text);

        var question = await Listener.WaitForMessageAsync(customer.ConversationId, KnowledgeMessages.DidThatHelp);
        Assert.Equal([KnowledgeMessages.Yes, KnowledgeMessages.No], question.Activity.SuggestedActions.Actions.Select(a => a.Title));

        await customer.SendAsync("Yes");
        await Listener.WaitForMessageAsync(customer.ConversationId, "glad that helped");
    }

    [Fact]
    public async Task The_answer_quotes_the_part_of_the_article_the_question_is_about()
    {
        var customer = NewConversation();
        await customer.SendAsync("how do I add our VAT number to invoices?");

        var answer = await Listener.WaitForMessageAsync(customer.ConversationId, "Source: [");
        Assert.Contains("VAT or tax ID", answer.Activity.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("downloaded as a PDF", answer.Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_follow_up_about_the_answer_just_given_is_answered_from_that_article()
    {
        var customer = NewConversation();
        await customer.SendAsync("how do I export my data?");
        await Listener.WaitForMessageAsync(customer.ConversationId, KnowledgeMessages.DidThatHelp);

        await customer.SendAsync("does that work on the free plan?");

        await WaitForCountAsync(customer, KnowledgeMessages.DidThatHelp, 2);
        var answers = Listener.Received.Where(r => r.ConversationId == customer.ConversationId && (r.Activity.Text?.Contains("Source: [", StringComparison.Ordinal) ?? false)).ToList();
        Assert.Equal(2, answers.Count);
        Assert.StartsWith("Exports are available on every plan, including Free.", answers[1].Activity.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == customer.ConversationId && r.Activity.Text == KnowledgeMessages.Declined);
    }

    [Fact]
    public async Task After_no_a_more_precise_request_the_article_covers_gets_the_passage_about_it()
    {
        var customer = NewConversation();
        await customer.SendAsync("how do I export my data?");
        await Listener.WaitForMessageAsync(customer.ConversationId, KnowledgeMessages.DidThatHelp);
        await customer.SendAsync("No");
        await Listener.WaitForMessageAsync(customer.ConversationId, "Sorry that didn't help");

        await customer.SendAsync("I need the export as CSV including comments");

        await WaitForCountAsync(customer, KnowledgeMessages.DidThatHelp, 2);
        var answer = Listener.Received.Last(r => r.ConversationId == customer.ConversationId && (r.Activity.Text?.Contains("Source: [", StringComparison.Ordinal) ?? false));
        Assert.Contains("comments", answer.Activity.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == customer.ConversationId && r.Activity.Text == KnowledgeMessages.Declined);
    }

    [Fact]
    public async Task A_report_that_the_answer_did_not_work_is_not_answered_with_the_same_article_again()
    {
        var customer = NewConversation();
        await customer.SendAsync("how do I reset my password?");
        await Listener.WaitForMessageAsync(customer.ConversationId, KnowledgeMessages.DidThatHelp);

        await customer.SendAsync("it still says access denied");

        await Listener.WaitForMessageAsync(customer.ConversationId, KnowledgeMessages.Declined);
        Assert.Single(Listener.Received, r => r.ConversationId == customer.ConversationId && (r.Activity.Text?.Contains("Source: [", StringComparison.Ordinal) ?? false));
    }

    [Fact]
    public async Task Answer_that_did_not_help_twice_gets_a_person_offered()
    {
        var customer = NewConversation();
        await customer.SendAsync("where can I download my invoices?");
        await Listener.WaitForMessageAsync(customer.ConversationId, KnowledgeMessages.DidThatHelp);
        await customer.SendAsync("No");
        await Listener.WaitForMessageAsync(customer.ConversationId, "Sorry that didn't help");
        Assert.DoesNotContain(Listener.Received, r => IsOffer(customer)(r));

        await customer.SendAsync("I need the invoice PDFs for last year");
        await WaitForCountAsync(customer, KnowledgeMessages.DidThatHelp, 2);
        await customer.SendAsync("No");

        await Listener.WaitForAsync(IsOffer(customer));
        Assert.DoesNotContain(Listener.Received, r => IsInitiate(customer)(r));
    }

    [Fact]
    public async Task Out_of_scope_question_is_declined_and_a_person_offered()
    {
        var customer = NewConversation();
        await customer.SendAsync("what's the weather like in Dublin tomorrow?");

        await Listener.WaitForMessageAsync(customer.ConversationId, KnowledgeMessages.Declined);
        await Listener.WaitForAsync(IsOffer(customer));
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == customer.ConversationId && (r.Activity.Text?.Contains("Source:", StringComparison.Ordinal) ?? false));
    }

    [Fact]
    public async Task Cancellation_reaches_a_person_even_though_a_close_your_account_article_exists()
    {
        var customer = NewConversation();
        await customer.SendAsync("I want to cancel my subscription");

        await Listener.WaitForAsync(IsInitiate(customer));
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == customer.ConversationId && (r.Activity.Text?.Contains("close-your-account", StringComparison.Ordinal) ?? false));
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == customer.ConversationId && r.Activity.Text == KnowledgeMessages.DidThatHelp);
    }

    private async Task WaitForCountAsync(EmulatorClient customer, string text, int count) =>
        await Listener.WaitForAsync(_ => Listener.Received.Count(r => r.ConversationId == customer.ConversationId && r.Activity.Text == text) >= count);

    private static Func<ReceivedActivity, bool> IsOffer(EmulatorClient customer) =>
        r => r.ConversationId == customer.ConversationId && r.Activity.Type == ActivityTypes.Message
            && (r.Activity.Text?.Contains("connect you with someone", StringComparison.Ordinal) ?? false);

    private static Func<ReceivedActivity, bool> IsInitiate(EmulatorClient customer) =>
        r => r.ConversationId == customer.ConversationId && r.Activity.Type == ActivityTypes.Event && r.Activity.Name == HandoffEventNames.InitiateHandoff;
}
