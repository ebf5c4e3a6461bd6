using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Prompts;
using HandoffBot.Dialogs.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Tests.Prompts;

public class TextPromptTests
{
    private static readonly PromptOptions _options = new()
    {
        // No input hint set: the prompt fills in expectingInput (MessageFactory.Text would say acceptingInput).
        Prompt = new Activity(ActivityTypes.Message) { Text = "Your order number?" },
        RetryPrompt = MessageFactory.Text("An order number has 6 digits. Your order number?"),
    };

    [Fact]
    public async Task Invalid_input_gets_the_retry_prompt_and_valid_input_ends_the_prompt()
    {
        var client = new DialogTestClient("test", new TextPrompt("order", SixDigitsAsync), _options);

        var prompt = await client.SendActivityAsync<IMessageActivity>("hi");
        Assert.Equal("Your order number?", prompt?.Text);
        Assert.Equal(InputHints.ExpectingInput, prompt?.InputHint);

        Assert.Equal("An order number has 6 digits. Your order number?", (await client.SendActivityAsync<IMessageActivity>("12"))?.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);

        Assert.Null(await client.SendActivityAsync<IMessageActivity>("123456"));
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
        Assert.Equal("123456", client.DialogTurnResult?.Result);
    }

    [Fact]
    public async Task A_validator_that_sends_its_own_message_suppresses_the_retry_prompt()
    {
        PromptValidator<string> explaining = async (pc, ct) =>
        {
            if (pc.Recognized.Value == "123456")
            {
                return true;
            }

            await pc.Context.SendActivityAsync($"Attempt {pc.AttemptCount}: '{pc.Recognized.Value}' is not an order number.", cancellationToken: ct);
            return false;
        };
        var client = new DialogTestClient("test", new TextPrompt("order", explaining), _options);
        await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal("Attempt 1: 'abc' is not an order number.", (await client.SendActivityAsync<IMessageActivity>("abc"))?.Text);
        Assert.Null(client.GetNextReply<IMessageActivity>());
        Assert.Equal("Attempt 2: 'x' is not an order number.", (await client.SendActivityAsync<IMessageActivity>("x"))?.Text);
    }

    [Fact]
    public async Task Without_a_retry_prompt_the_prompt_is_repeated()
    {
        var options = new PromptOptions { Prompt = MessageFactory.Text("Order?") };
        var client = new DialogTestClient("test", new TextPrompt("order", SixDigitsAsync), options);
        await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal("Order?", (await client.SendActivityAsync<IMessageActivity>("no"))?.Text);
    }

    [Fact]
    public async Task An_input_hint_set_by_the_caller_is_kept()
    {
        var options = new PromptOptions { Prompt = MessageFactory.Text("Order?", inputHint: InputHints.IgnoringInput) };
        var client = new DialogTestClient("test", new TextPrompt("order"), options);

        Assert.Equal(InputHints.IgnoringInput, (await client.SendActivityAsync<IMessageActivity>("hi"))?.InputHint);
    }

    [Fact]
    public async Task Non_message_activities_are_ignored()
    {
        var client = new DialogTestClient("test", new TextPrompt("order"), _options);
        await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Null(await client.SendActivityAsync<IActivity>(new Activity(ActivityTypes.Event) { Name = "typing" }));
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task Beginning_a_prompt_without_PromptOptions_throws()
    {
        var client = new DialogTestClient("test", new TextPrompt("order"), initialDialogOptions: "not options");

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.SendActivityAsync<IMessageActivity>("hi"));
    }

    private static Task<bool> SixDigitsAsync(PromptValidatorContext<string> pc, CancellationToken cancellationToken)
    {
        return Task.FromResult(pc.Recognized.Value is { Length: 6 } text && text.All(char.IsAsciiDigit));
    }
}
