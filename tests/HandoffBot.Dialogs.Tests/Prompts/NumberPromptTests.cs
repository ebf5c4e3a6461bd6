using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Prompts;
using HandoffBot.Dialogs.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Tests.Prompts;

public class NumberPromptTests
{
    private static readonly PromptOptions _options = new()
    {
        Prompt = MessageFactory.Text("How many?"),
        RetryPrompt = MessageFactory.Text("Please give a number."),
    };

    [Theory]
    [InlineData("twenty five", 25)]
    [InlineData("25", 25)]
    [InlineData("about 1,200 I think", 1200)]
    public async Task Numbers_in_words_or_digits_are_recognized_as_int(string reply, int expected)
    {
        var client = new DialogTestClient("test", new NumberPrompt<int>("count"), _options);
        await client.SendActivityAsync<IMessageActivity>("hi");

        await client.SendActivityAsync<IMessageActivity>(reply);

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
        Assert.Equal(expected, client.DialogTurnResult?.Result);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("2.5")]
    public async Task Anything_that_is_not_an_int_gets_the_retry_prompt(string reply)
    {
        var client = new DialogTestClient("test", new NumberPrompt<int>("count"), _options);
        await client.SendActivityAsync<IMessageActivity>("hi");

        var retry = await client.SendActivityAsync<IMessageActivity>(reply);

        Assert.Equal("Please give a number.", retry?.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task Fractions_are_recognized_as_decimal_and_double()
    {
        var asDecimal = new DialogTestClient("test", new NumberPrompt<decimal>("amount"), _options);
        var asDouble = new DialogTestClient("test", new NumberPrompt<double>("amount"), _options);
        await asDecimal.SendActivityAsync<IMessageActivity>("hi");
        await asDouble.SendActivityAsync<IMessageActivity>("hi");

        await asDecimal.SendActivityAsync<IMessageActivity>("two and a half");
        await asDouble.SendActivityAsync<IMessageActivity>("2.5");

        Assert.Equal(2.5m, asDecimal.DialogTurnResult?.Result);
        Assert.Equal(2.5d, asDouble.DialogTurnResult?.Result);
    }

    [Fact]
    public void Unsupported_number_types_are_rejected()
    {
        Assert.Throws<NotSupportedException>(() => new NumberPrompt<byte>("b"));
    }
}
