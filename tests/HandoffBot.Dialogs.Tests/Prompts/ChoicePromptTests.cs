using HandoffBot.Dialogs.Choices;
using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Prompts;
using HandoffBot.Dialogs.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Tests.Prompts;

public class ChoicePromptTests
{
    [Theory]
    [InlineData("Billing", "Billing")]
    [InlineData("technical support", "Technical support")]
    [InlineData("invoice", "Billing")]
    [InlineData("2", "Technical support")]
    [InlineData("the third one", "Something else")]
    [InlineData("I need tech help please", "Technical support")]
    public async Task A_choice_is_picked_by_value_synonym_index_or_partial_words(string reply, string expected)
    {
        var client = await StartAsync(new ChoicePrompt("topic"), Options());

        await client.SendActivityAsync<IMessageActivity>(reply);

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
        Assert.Equal(expected, (client.DialogTurnResult?.Result as FoundChoice)?.Value);
    }

    [Fact]
    public async Task The_prompt_text_comes_with_one_imBack_button_per_choice()
    {
        var client = new DialogTestClient("test", new ChoicePrompt("topic"), Options());

        var prompt = await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal("What is it about?", prompt?.Text);
        Assert.Equal(["Billing", "Technical support", "Something else"], prompt?.SuggestedActions.Actions.Select(a => a.Value));
        Assert.All(prompt!.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
    }

    [Fact]
    public async Task An_unmatched_reply_gets_the_retry_prompt_with_the_choices()
    {
        var client = await StartAsync(new ChoicePrompt("topic"), Options());

        var retry = await client.SendActivityAsync<IMessageActivity>("bananas");

        Assert.Equal("Please pick one.", retry?.Text);
        Assert.Equal(3, retry?.SuggestedActions.Actions.Count);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
    }

    [Theory]
    [InlineData(ListStyle.Inline, "What is it about? (1) Billing, (2) Technical support, or (3) Something else")]
    [InlineData(ListStyle.List, "What is it about?\n\n   1. Billing\n   2. Technical support\n   3. Something else")]
    [InlineData(ListStyle.None, "What is it about?")]
    public async Task Text_styles_put_the_choices_in_the_text(ListStyle style, string expected)
    {
        var options = Options();
        options.Style = style;
        var client = new DialogTestClient("test", new ChoicePrompt("topic"), options);

        var prompt = await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal(expected, prompt?.Text);
        Assert.Null(prompt?.SuggestedActions);
    }

    private static async Task<DialogTestClient> StartAsync(Dialog prompt, PromptOptions options)
    {
        var client = new DialogTestClient("test", prompt, options);
        await client.SendActivityAsync<IMessageActivity>("hi");
        return client;
    }

    private static PromptOptions Options()
    {
        return new PromptOptions
        {
            Prompt = MessageFactory.Text("What is it about?"),
            RetryPrompt = MessageFactory.Text("Please pick one."),
            Choices =
            [
                new Choice("Billing") { Synonyms = ["invoice", "payment"] },
                new Choice("Technical support") { Synonyms = ["tech help"] },
                new Choice("Something else"),
            ],
        };
    }
}
