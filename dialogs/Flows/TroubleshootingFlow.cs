using HandoffBot.Dialogs.Choices;
using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Prompts;
using HandoffBot.Dialogs.Signals;
using Microsoft.Bot.Builder;

namespace HandoffBot.Dialogs.Flows;

/// <summary>
/// Guided troubleshooting: one step at a time, asking "did that fix it?" after each. Yes ends it Resolved; no after
/// the last step ends it Failed, so the handoff context shows every step was tried. The topic is the problem
/// (<c>troubleshooting:sync</c>), for loop detection.
/// </summary>
public sealed class TroubleshootingFlow : FlowDialog
{
    public const string Name = "troubleshooting";

    public const string WhichProblem = "I can walk you through a fix. Which of these best describes the problem?";

    public const string OutOfSteps =
        "I'm sorry, that was the last thing I can suggest. I've noted every step we tried, so a person from our team can take it from here without starting over.";

    private const string TopicPrefix = "troubleshooting:";

    public TroubleshootingFlow()
        : base(nameof(TroubleshootingFlow), Name)
    {
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [PickAsync, StepAsync, CheckAsync]));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt), FixedAnswer.ValidateAsync));
    }

    protected override string HelpText =>
        "I'm walking you through a fix one step at a time. Try the step above, then answer **Yes** if it fixed the problem or **No** to get the next step.";

    public static string StepText(TroubleshootingGuide guide, int step) =>
        $"**{guide.Title}**, step {step + 1} of {guide.Steps.Count}: {guide.Steps[step]}";

    protected override string TopicFor(object? options) =>
        TroubleshootingGuides.Find(StateValue.To<TroubleshootingOptions>(options)?.Problem) is { } guide ? TopicPrefix + guide.Key : Tried;

    private static async Task<DialogTurnResult> PickAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (TroubleshootingGuides.Find(step.GetOptions<TroubleshootingOptions>()?.Problem) is { } guide)
        {
            return await step.NextAsync(guide.Key, cancellationToken);
        }

        return await step.PromptAsync(
            nameof(ChoicePrompt),
            new PromptOptions
            {
                Prompt = MessageFactory.Text(WhichProblem),
                Choices = [.. TroubleshootingGuides.All.Select(g => new Choice(g.Title))],
            },
            cancellationToken);
    }

    private static async Task<DialogTurnResult> StepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<TroubleshootingOptions>() ?? new TroubleshootingOptions();
        var guide = TroubleshootingGuides.Find(options.Problem) ?? TroubleshootingGuides.All[step.GetResult<FoundChoice>()!.Index];
        step.Values[nameof(TroubleshootingOptions)] = options with { Problem = guide.Key };
        SetTopic(step, TopicPrefix + guide.Key);
        return await step.PromptAsync(
            nameof(ConfirmPrompt),
            new PromptOptions
            {
                Prompt = MessageFactory.Text($"{StepText(guide, options.Step)}\n\n{FlowMessages.DidThatFixIt}"),
                RetryPrompt = MessageFactory.Text($"{FlowMessages.DidThatFixIt} Please answer **Yes** or **No**."),
            },
            cancellationToken);
    }

    private async Task<DialogTurnResult> CheckAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<bool>())
        {
            return await FinishAsync(step, AttemptOutcome.Resolved, FlowMessages.Glad, cancellationToken);
        }

        var options = step.GetValue<TroubleshootingOptions>(nameof(TroubleshootingOptions))!;
        var guide = TroubleshootingGuides.Find(options.Problem)!;
        if (options.Step + 1 >= guide.Steps.Count)
        {
            return await FinishAsync(step, AttemptOutcome.Failed, OutOfSteps, cancellationToken);
        }

        return await step.ReplaceDialogAsync(nameof(WaterfallDialog), options with { Step = options.Step + 1 }, cancellationToken);
    }
}
