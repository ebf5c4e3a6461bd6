using HandoffBot.Dialogs.Root;
using HandoffBot.Dialogs.Signals;
using HandoffBot.Dialogs.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Tests.Root;

public sealed class RootDialogTests
{
    [Theory]
    [InlineData("help")]
    [InlineData("Help!")]
    [InlineData("?")]
    [InlineData("what can you do?")]
    [InlineData("menu")]
    public async Task Help_requests_show_the_topic_menu(string text)
    {
        var client = new DialogTestClient(Microsoft.Bot.Connector.Channels.Test, new RootDialog());

        var reply = (await client.SendActivityAsync<IMessageActivity>(text))!;

        Assert.Equal(RootMessages.HelpIntro, reply.Text);
        Assert.Equal(HelpTopics.All.Select(t => t.Title), reply.SuggestedActions.Actions.Select(a => a.Title));
    }

    [Theory]
    [InlineData("2", 1)]
    [InlineData("billing", 2)]
    [InlineData("Talk to a person", 3)]
    public async Task Picking_a_topic_by_number_synonym_or_title_answers_it(string pick, int topic)
    {
        var client = new DialogTestClient(Microsoft.Bot.Connector.Channels.Test, new RootDialog());
        await client.SendActivityAsync<IMessageActivity>("help");

        var reply = (await client.SendActivityAsync<IMessageActivity>(pick))!;

        Assert.Equal(HelpTopics.All[topic].Answer, reply.Text);
    }

    [Fact]
    public async Task A_question_instead_of_a_topic_leaves_the_menu_and_is_answered_as_a_question()
    {
        var client = new DialogTestClient(Microsoft.Bot.Connector.Channels.Test, new RootDialog());
        await client.SendActivityAsync<IMessageActivity>("help");

        var reply = (await client.SendActivityAsync<IMessageActivity>("does it integrate with SAP Ariba?"))!;
        var menuAgain = (await client.SendActivityAsync<IMessageActivity>("help"))!;

        Assert.Equal(RootMessages.NotUnderstood, reply.Text);
        Assert.Equal(RootMessages.HelpIntro, menuAgain.Text);
    }

    [Fact]
    public async Task Unknown_question_is_declined_honestly_and_reported_as_a_decline()
    {
        TurnSignals? seen = null;
        var client = new DialogTestClient(
            Microsoft.Bot.Connector.Channels.Test,
            new RootDialog(),
            middlewares: [new CaptureSignals(s => seen = s)]);

        var reply = (await client.SendActivityAsync<IMessageActivity>("does it integrate with SAP Ariba?"))!;

        Assert.Equal(RootMessages.NotUnderstood, reply.Text);
        Assert.True(seen?.Declined);
    }

    [Theory]
    [InlineData("hi", RootMessages.SmallTalkGreeting)]
    [InlineData("thanks!", RootMessages.SmallTalkThanks)]
    [InlineData("thanks, bye", RootMessages.SmallTalkThanksAndGoodbye)]
    [InlineData("are you a bot?", RootMessages.SmallTalkBotQuestion)]
    public async Task Small_talk_gets_a_short_reply_and_is_never_a_decline(string text, string expected)
    {
        TurnSignals? seen = null;
        var client = new DialogTestClient(
            Microsoft.Bot.Connector.Channels.Test,
            new RootDialog(),
            middlewares: [new CaptureSignals(s => seen = s)]);

        var reply = (await client.SendActivityAsync<IMessageActivity>(text))!;

        Assert.Equal(expected, reply.Text);
        Assert.False(seen?.Declined);
    }

    private sealed class CaptureSignals(Action<TurnSignals> capture) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            var signals = TurnSignals.For(turnContext);
            await next(cancellationToken);
            capture(signals);
        }
    }
}
