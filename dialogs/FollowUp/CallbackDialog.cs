using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Prompts;
using Microsoft.Bot.Builder;

namespace HandoffBot.Dialogs.FollowUp;

/// <summary>
/// Collects a callback: the phone number, then a time in the future when the team works ("tomorrow after 3pm").
/// Returns <see cref="CallbackDetails"/>, or null when the customer gave up.
/// </summary>
public sealed class CallbackDialog : ComponentDialog
{
    private const string PhonePrompt = "phonePrompt";
    private const string TimePrompt = "timePrompt";
    private const string PhoneValue = "phone";

    private readonly IFollowUpDesk _desk;
    private readonly TimeProvider _timeProvider;

    public CallbackDialog(IFollowUpDesk desk, TimeProvider timeProvider)
        : base(nameof(CallbackDialog))
    {
        _desk = desk;
        _timeProvider = timeProvider;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [AskPhoneAsync, AskTimeAsync, FinishAsync]));
        AddDialog(new TextPrompt(PhonePrompt, (p, _) => Task.FromResult(ContactRecognizer.Phone(p.Recognized.Value) is not null || PromptPatience.GivesUp(p))));
        AddDialog(new DateTimePrompt(TimePrompt, ValidateTimeAsync, timeProvider));
        InitialDialogId = nameof(WaterfallDialog);
    }

    private static async Task<DialogTurnResult> AskPhoneAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.PromptAsync(
            PhonePrompt,
            new PromptOptions { Prompt = MessageFactory.Text(FollowUpMessages.AskPhone), RetryPrompt = MessageFactory.Text(FollowUpMessages.RetryPhone) },
            cancellationToken);

    private static async Task<DialogTurnResult> AskTimeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (ContactRecognizer.Phone(step.GetResult<string>()) is not { } phone)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.Values[PhoneValue] = phone;
        var options = step.GetOptions<FollowUpOptions>()!;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZoneId);
        return await step.PromptAsync(
            TimePrompt,
            new PromptOptions
            {
                Prompt = MessageFactory.Text(FollowUpMessages.AskTime.Replace("{zone}", CallbackTime.ZoneName(zone), StringComparison.Ordinal)),
                RetryPrompt = MessageFactory.Text(FollowUpMessages.RetryTime),
                Validations = options,
            },
            cancellationToken);
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<FollowUpOptions>()!;
        var readings = step.GetResult<List<DateTimeResolution>>() ?? [];
        return Pick(readings, options).At is { } at
            ? await step.EndDialogAsync(new CallbackDetails(step.GetValue<string>(PhoneValue)!, at), cancellationToken)
            : await step.EndDialogAsync(null, cancellationToken);
    }

    private async Task<bool> ValidateTimeAsync(PromptValidatorContext<IList<DateTimeResolution>> prompt, CancellationToken cancellationToken)
    {
        var options = StateValue.To<FollowUpOptions>(prompt.Options.Validations)!;
        var (at, problem) = Pick(prompt.Recognized.Value ?? [], options);
        if (at is not null || PromptPatience.GivesUp(prompt))
        {
            return true;
        }

        if (problem is not null)
        {
            // Say what is wrong with the time; the retry prompt would only repeat the example.
            await prompt.Context.SendActivityAsync(MessageFactory.Text(problem), cancellationToken);
        }

        return false;
    }

    /// <summary>The first reading that is in the future and inside the team's hours, or what is wrong with the reply.</summary>
    private (DateTimeOffset? At, string? Problem) Pick(IEnumerable<DateTimeResolution> readings, FollowUpOptions options)
    {
        var now = _timeProvider.GetUtcNow();
        var instants = CallbackTime.Read(readings, TimeZoneInfo.FindSystemTimeZoneById(options.TimeZoneId), now);
        var future = instants.Where(i => i > now).ToList();
        if (future.FirstOrDefault(i => _desk.IsOpen(options.Skill, i)) is var open && open != default)
        {
            return (open, null);
        }

        return instants.Count == 0 ? (null, null)
            : future.Count == 0 ? (null, FollowUpMessages.PastTime)
            : (null, FollowUpMessages.OutsideHours);
    }
}
