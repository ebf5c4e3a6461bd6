using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Prompts;
using HandoffBot.Dialogs.Testing;
using HandoffBot.Dialogs.Tests.TestSupport;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Tests.Prompts;

public class DateTimePromptTests
{
    private static readonly FixedTimeProvider _clock = new(new DateTimeOffset(2025, 3, 10, 9, 30, 0, TimeSpan.Zero));

    private static readonly PromptOptions _options = new()
    {
        Prompt = MessageFactory.Text("When should we call you?"),
        RetryPrompt = MessageFactory.Text("Please give a day and time."),
    };

    [Fact]
    public async Task Tomorrow_at_3pm_resolves_relative_to_the_injected_clock()
    {
        var client = new DialogTestClient("test", new DateTimePrompt("when", timeProvider: _clock), _options);
        await client.SendActivityAsync<IMessageActivity>("hi");

        await client.SendActivityAsync<IMessageActivity>("tomorrow at 3pm");

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
        var resolution = Assert.Single(Assert.IsAssignableFrom<IList<DateTimeResolution>>(client.DialogTurnResult?.Result));
        Assert.Equal("2025-03-11 15:00:00", resolution.Value);
        Assert.Equal("2025-03-11T15", resolution.Timex);
    }

    [Fact]
    public async Task A_range_resolves_to_start_and_end()
    {
        var client = new DialogTestClient("test", new DateTimePrompt("when", timeProvider: _clock), _options);
        await client.SendActivityAsync<IMessageActivity>("hi");

        await client.SendActivityAsync<IMessageActivity>("next week");

        var resolution = Assert.Single(Assert.IsAssignableFrom<IList<DateTimeResolution>>(client.DialogTurnResult?.Result));
        Assert.Equal("2025-03-17", resolution.Start);
        Assert.Equal("2025-03-24", resolution.End);
    }

    [Fact]
    public async Task Text_without_a_date_gets_the_retry_prompt()
    {
        var client = new DialogTestClient("test", new DateTimePrompt("when", timeProvider: _clock), _options);
        await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal("Please give a day and time.", (await client.SendActivityAsync<IMessageActivity>("whenever"))?.Text);
    }
}
