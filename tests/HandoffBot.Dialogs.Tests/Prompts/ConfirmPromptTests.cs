using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Prompts;
using HandoffBot.Dialogs.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Tests.Prompts;

public class ConfirmPromptTests
{
    [Theory]
    [InlineData("yes", true)]
    [InlineData("Y", true)]
    [InlineData("yeah", true)]
    [InlineData("Yep!", true)]
    [InlineData("sure", true)]
    [InlineData("ok", true)]
    [InlineData("yes please", true)]
    [InlineData("Yes, book it", true)]
    [InlineData("1", true)]
    [InlineData("no", false)]
    [InlineData("n", false)]
    [InlineData("nope", false)]
    [InlineData("No thanks", false)]
    [InlineData("no, I changed my mind", false)]
    [InlineData("2", false)]
    public async Task Yes_and_no_variants_are_recognized(string reply, bool expected)
    {
        var client = await StartAsync();

        await client.SendActivityAsync<IMessageActivity>(reply);

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
        Assert.Equal(expected, client.DialogTurnResult?.Result);
    }

    [Fact]
    public async Task The_prompt_shows_its_text_with_Yes_and_No_buttons()
    {
        var client = new DialogTestClient("test", new ConfirmPrompt("confirm"), Options());

        var prompt = await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal("Talk to a person?", prompt?.Text);
        Assert.Equal(InputHints.ExpectingInput, prompt?.InputHint);
        Assert.Equal(["Yes", "No"], prompt?.SuggestedActions.Actions.Select(a => a.Value));
        Assert.All(prompt!.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
    }

    [Fact]
    public async Task Gibberish_gets_the_retry_prompt_with_buttons()
    {
        var client = await StartAsync();

        var retry = await client.SendActivityAsync<IMessageActivity>("purple monkey");

        Assert.Equal("Please answer yes or no.", retry?.Text);
        Assert.Equal(["Yes", "No"], retry?.SuggestedActions.Actions.Select(a => a.Title));
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
    }

    private static async Task<DialogTestClient> StartAsync()
    {
        var client = new DialogTestClient("test", new ConfirmPrompt("confirm"), Options());
        await client.SendActivityAsync<IMessageActivity>("hi");
        return client;
    }

    private static PromptOptions Options()
    {
        return new PromptOptions
        {
            Prompt = new Activity(ActivityTypes.Message) { Text = "Talk to a person?" },
            RetryPrompt = MessageFactory.Text("Please answer yes or no."),
        };
    }
}
