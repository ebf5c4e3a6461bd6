using HandoffBot.Dialogs.Choices;
using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Prompts;
using HandoffBot.Dialogs.Signals;
using HandoffBot.Dialogs.Tracing;
using Microsoft.Bot.Builder;

namespace HandoffBot.Dialogs.Root;

/// <summary>
/// The dialog every message starts in: it answers "help" with the topic menu and small talk ("hi", "thanks, bye")
/// with a short reply, hands other messages to the first route that takes them (guided flows, then knowledge
/// answers), and says plainly when none can.
/// </summary>
public sealed class RootDialog : ComponentDialog
{
    private const string TopicPrompt = "topicPrompt";
    private const string MenuShown = "menuShown";

    private readonly IReadOnlyList<IRootRoute> _routes;

    public RootDialog()
        : this([])
    {
    }

    public RootDialog(IEnumerable<IRootRoute> routes)
        : base(nameof(RootDialog))
    {
        _routes = [.. routes.OrderBy(r => r.Order)];
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [RouteAsync, AfterRouteAsync]));
        // Anything that is not a topic ends the menu: the customer moved on to a question of their own.
        AddDialog(new ChoicePrompt(TopicPrompt, (_, _) => Task.FromResult(true)));
        foreach (var dialog in _routes.SelectMany(r => r.Dialogs))
        {
            AddDialog(dialog);
        }

        InitialDialogId = nameof(WaterfallDialog);
    }

    private async Task<DialogTurnResult> RouteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var text = step.Context.Activity.Text;
        var answerOnly = TurnSignals.For(step.Context).AnswerOnly;
        if (!answerOnly && HelpTopics.IsHelpRequest(text))
        {
            await step.Context.SendDecisionTraceAsync(
                TraceNames.DialogRoute, new RouteDecision("help", text), "Help menu requested", cancellationToken);
            step.Values[MenuShown] = true;
            return await step.PromptAsync(
                TopicPrompt,
                new PromptOptions
                {
                    Prompt = MessageFactory.Text(RootMessages.HelpIntro),
                    Choices = [.. HelpTopics.All.Select(t => new Choice(t.Title) { Synonyms = [.. t.Synonyms] })],
                },
                cancellationToken);
        }

        if (SmallTalk.Read(text) is { } smallTalk)
        {
            // Everyday conversation gets a short reply of its own: never a knowledge-base miss, never a failed attempt.
            await step.Context.SendDecisionTraceAsync(
                TraceNames.DialogRoute, new RouteDecision("small-talk", text), $"Small talk: {smallTalk}", cancellationToken);
            await step.Context.SendActivityAsync(MessageFactory.Text(SmallTalk.Reply(smallTalk)), cancellationToken);
            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }

        // While a person is on the way, only answers that end in this turn: a flow would compete with them.
        foreach (var route in _routes.Where(r => !answerOnly || r.AnswersInOneTurn))
        {
            if (await route.MatchAsync(step.Context, cancellationToken) is { } match)
            {
                await step.Context.SendDecisionTraceAsync(
                    TraceNames.DialogRoute, new RouteDecision(match.Route, text), $"Route: {match.Route}", cancellationToken);
                return await step.BeginDialogAsync(match.DialogId, match.Options, cancellationToken);
            }
        }

        await step.Context.SendDecisionTraceAsync(
            TraceNames.DialogRoute, new RouteDecision("fallback", text), "No flow matched", cancellationToken);
        // Saying so, rather than guessing, is a decline: the handoff middleware may offer a person.
        TurnSignals.For(step.Context).Declined = true;
        await step.Context.SendActivityAsync(MessageFactory.Text(RootMessages.NotUnderstood), cancellationToken);
        return await step.EndDialogAsync(cancellationToken: cancellationToken);
    }

    private static async Task<DialogTurnResult> AfterRouteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!step.Values.ContainsKey(MenuShown))
        {
            // A route's dialog ended; the next message starts afresh.
            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }

        if (step.GetResult<FoundChoice>() is not { } picked)
        {
            // Route the message afresh, as if no menu had been shown.
            return await step.ReplaceDialogAsync(nameof(WaterfallDialog), cancellationToken: cancellationToken);
        }

        var topic = HelpTopics.All[picked.Index];
        await step.Context.SendActivityAsync(MessageFactory.Text(topic.Answer), cancellationToken);
        if (topic.DialogId is { } flow && step.FindDialog(flow) is not null)
        {
            return await step.BeginDialogAsync(flow, cancellationToken: cancellationToken);
        }

        return await step.EndDialogAsync(cancellationToken: cancellationToken);
    }
}
