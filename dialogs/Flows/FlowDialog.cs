using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Root;
using HandoffBot.Dialogs.Signals;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Flows;

/// <summary>
/// Base of the resolve flows. It reports what the flow tries (<c>flow:&lt;name&gt;</c>), on which topic and how it ends
/// into <see cref="TurnSignals"/>, for the handoff context and loop detection (a failed flow is also a decline); and it answers "help" (explains the
/// current question, then asks it again) and "cancel" (stops politely, outcome Abandoned) before any prompt sees the
/// reply. Requests for a person never reach a flow: the handoff middleware takes them before the bot runs.
/// </summary>
public abstract class FlowDialog : ComponentDialog
{
    private const string TopicState = "flowTopic";

    protected FlowDialog(string dialogId, string flowName)
        : base(dialogId)
    {
        ArgumentException.ThrowIfNullOrEmpty(flowName);
        FlowName = flowName;
    }

    public string FlowName { get; }

    /// <summary>What the flow reports as tried: <c>flow:&lt;name&gt;</c>.</summary>
    public string Tried => "flow:" + FlowName;

    /// <summary>What "help" says inside this flow, before the current question is asked again.</summary>
    protected abstract string HelpText { get; }

    /// <summary>The topic the flow works on, from its options; the flow itself unless a flow knows better.</summary>
    protected virtual string TopicFor(object? options) => Tried;

    protected override Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        SetTopic(innerDc, TopicFor(options));
        var signals = TurnSignals.For(innerDc.Context);
        signals.Tried = Tried;
        signals.Outcome = null;
        return base.OnBeginDialogAsync(innerDc, options, cancellationToken);
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        var activity = innerDc.Context.Activity;
        var text = activity.Type == ActivityTypes.Message ? activity.Text : null;
        TurnSignals.For(innerDc.Context).TopicKey = TopicOf(innerDc);
        if (FlowCommands.IsCancel(text))
        {
            await innerDc.Context.SendActivityAsync(MessageFactory.Text(FlowMessages.Cancelled), cancellationToken);
            Report(innerDc, AttemptOutcome.Abandoned);
            await innerDc.CancelAllDialogsAsync(cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Complete, new FlowResult(FlowName, AttemptOutcome.Abandoned));
        }

        if (HelpTopics.IsHelpRequest(text))
        {
            await innerDc.Context.SendActivityAsync(MessageFactory.Text($"{HelpText}\n\n{FlowMessages.HelpFooter}"), cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    /// <summary>Says <paramref name="message"/>, reports how the flow ended, and ends it with a <see cref="FlowResult"/>.</summary>
    protected async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, AttemptOutcome outcome, string message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        await step.Context.SendActivityAsync(MessageFactory.Text(message), cancellationToken);
        Report(step, outcome);
        return await step.EndDialogAsync(new FlowResult(FlowName, outcome), cancellationToken);
    }

    /// <summary>Narrows the topic once the flow knows it (e.g. which problem is being troubleshot).</summary>
    protected static void SetTopic(DialogContext dc, string topic)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Parent?.ActiveDialog is { } instance)
        {
            instance.State[TopicState] = topic;
        }

        TurnSignals.For(dc.Context).TopicKey = topic;
    }

    private void Report(DialogContext dc, AttemptOutcome outcome)
    {
        var signals = TurnSignals.For(dc.Context);
        signals.Tried = Tried;
        signals.TopicKey = TopicOf(dc);
        signals.Outcome = outcome;

        // A failed flow has nothing more to try: that is a decline, on which the middleware may offer a person.
        signals.Declined |= outcome == AttemptOutcome.Failed;
    }

    // The component's own instance sits on the parent's stack; its state survives turns and restarts.
    private string TopicOf(DialogContext dc) =>
        dc.Parent?.ActiveDialog?.State.TryGetValue(TopicState, out var topic) == true && StateValue.To<string>(topic) is { Length: > 0 } key
            ? key
            : Tried;
}
