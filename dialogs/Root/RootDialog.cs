using HandoffBot.Dialogs.Choices;
using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Prompts;
using HandoffBot.Dialogs.Signals;
using HandoffBot.Dialogs.Tracing;
using Microsoft.Bot.Builder;

namespace HandoffBot.Dialogs.Root;

/// <summary>
/// The dialog every message starts in: it answers "help" with the topic menu and says plainly when it cannot help
/// yet. Resolve flows and knowledge answers plug in here in their own issues.
/// </summary>
public sealed class RootDialog : ComponentDialog
{
    private const string TopicPrompt = "topicPrompt";

    public RootDialog()
        : base(nameof(RootDialog))
    {
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [RouteAsync, AnswerTopicAsync]));
        // Anything that is not a topic ends the menu: the customer moved on to a question of their own.
        AddDialog(new ChoicePrompt(TopicPrompt, (_, _) => Task.FromResult(true)));
        InitialDialogId = nameof(WaterfallDialog);
    }

    private static async Task<DialogTurnResult> RouteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var text = step.Context.Activity.Text;
        if (HelpTopics.IsHelpRequest(text))
        {
            await step.Context.SendDecisionTraceAsync(
                TraceNames.DialogRoute, new RouteDecision("help", text), "Help menu requested", cancellationToken);
            return await step.PromptAsync(
                TopicPrompt,
                new PromptOptions
                {
                    Prompt = MessageFactory.Text(RootMessages.HelpIntro),
                    Choices = [.. HelpTopics.All.Select(t => new Choice(t.Title) { Synonyms = [.. t.Synonyms] })],
                },
                cancellationToken);
        }

        await step.Context.SendDecisionTraceAsync(
            TraceNames.DialogRoute, new RouteDecision("fallback", text), "No flow matched", cancellationToken);
        // Saying so, rather than guessing, is a decline: the handoff middleware may offer a person.
        TurnSignals.For(step.Context).Declined = true;
        await step.Context.SendActivityAsync(MessageFactory.Text(RootMessages.NotUnderstood), cancellationToken);
        return await step.EndDialogAsync(cancellationToken: cancellationToken);
    }

    private static async Task<DialogTurnResult> AnswerTopicAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<FoundChoice>() is not { } picked)
        {
            // Route the message afresh, as if no menu had been shown.
            return await step.ReplaceDialogAsync(nameof(WaterfallDialog), cancellationToken: cancellationToken);
        }

        var topic = HelpTopics.All[picked.Index];
        await step.Context.SendActivityAsync(MessageFactory.Text(topic.Answer), cancellationToken);
        return await step.EndDialogAsync(cancellationToken: cancellationToken);
    }
}
