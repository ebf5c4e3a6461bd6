using HandoffBot.Dialogs.Choices;
using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Prompts;
using Microsoft.Bot.Builder;

namespace HandoffBot.Dialogs.FollowUp;

/// <summary>
/// Offered when nobody can answer soon: an email, a callback at a time the customer chooses, or waiting in the chat.
/// Begins with <see cref="FollowUpOptions"/>; returns a <see cref="FollowUpResult"/>. A reply that is not an answer to
/// the offer ends it as <see cref="FollowUpOutcome.Ignored"/>, so the message can go to the case instead.
/// </summary>
public sealed class FollowUpDialog : ComponentDialog
{
    private const string OfferPrompt = "offerPrompt";
    private const string EmailPrompt = "emailPrompt";
    private const string MethodValue = "method";

    private static readonly string[] Choices = [FollowUpMessages.EmailChoice, FollowUpMessages.CallbackChoice, FollowUpMessages.NoThanksChoice];

    private readonly IFollowUpDesk _desk;

    public FollowUpDialog(IFollowUpDesk desk, TimeProvider timeProvider)
        : base(nameof(FollowUpDialog))
    {
        _desk = desk;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [OfferAsync, CollectAsync, OpenTicketAsync]));
        // Anything else is accepted here and ends the offer: the customer moved on, and the message must not be lost.
        AddDialog(new ChoicePrompt(OfferPrompt, (_, _) => Task.FromResult(true)));
        AddDialog(new TextPrompt(EmailPrompt, (p, _) => Task.FromResult(ContactRecognizer.Email(p.Recognized.Value) is not null || PromptPatience.GivesUp(p))));
        AddDialog(new CallbackDialog(desk, timeProvider));
        InitialDialogId = nameof(WaterfallDialog);
    }

    private static async Task<DialogTurnResult> OfferAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.PromptAsync(
            OfferPrompt,
            new PromptOptions
            {
                Prompt = MessageFactory.Text(FollowUpMessages.Offer),
                Choices =
                [
                    new Choice(FollowUpMessages.EmailChoice) { Synonyms = ["email", "e-mail", "mail", "email me"] },
                    new Choice(FollowUpMessages.CallbackChoice) { Synonyms = ["call", "callback", "phone", "call me", "ring me"] },
                    new Choice(FollowUpMessages.NoThanksChoice) { Synonyms = ["no", "no thanks", "wait", "I'll wait"] },
                ],
            },
            cancellationToken);

    private static async Task<DialogTurnResult> CollectAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<FoundChoice>() is not { } picked)
        {
            return await step.EndDialogAsync(new FollowUpResult(FollowUpOutcome.Ignored), cancellationToken);
        }

        switch (Choices[picked.Index])
        {
            case FollowUpMessages.EmailChoice:
                step.Values[MethodValue] = FollowUpMethod.Email.ToString();
                return await step.PromptAsync(
                    EmailPrompt,
                    new PromptOptions { Prompt = MessageFactory.Text(FollowUpMessages.AskEmail), RetryPrompt = MessageFactory.Text(FollowUpMessages.RetryEmail) },
                    cancellationToken);
            case FollowUpMessages.CallbackChoice:
                step.Values[MethodValue] = FollowUpMethod.Callback.ToString();
                return await step.BeginDialogAsync(nameof(CallbackDialog), step.GetOptions<FollowUpOptions>(), cancellationToken);
            default:
                await step.Context.SendActivityAsync(MessageFactory.Text(FollowUpMessages.Declined), cancellationToken);
                return await step.EndDialogAsync(new FollowUpResult(FollowUpOutcome.Declined), cancellationToken);
        }
    }

    private async Task<DialogTurnResult> OpenTicketAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<FollowUpOptions>()!;
        var byEmail = step.GetValue<string>(MethodValue) == nameof(FollowUpMethod.Email);
        var email = byEmail ? ContactRecognizer.Email(step.GetResult<string>()) : null;
        var callback = byEmail ? null : step.GetResult<CallbackDetails>();
        if (email is null && callback is null)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(FollowUpMessages.GaveUp), cancellationToken);
            return await step.EndDialogAsync(new FollowUpResult(FollowUpOutcome.Declined), cancellationToken);
        }

        var request = email is not null
            ? new FollowUpRequest(options.HandoffId, FollowUpMethod.Email, email, null, null)
            : new FollowUpRequest(options.HandoffId, FollowUpMethod.Callback, null, callback!.Phone, callback.At);
        var ticket = await _desk.OpenTicketAsync(step.Context, request, cancellationToken);
        var confirmation = email is not null
            ? FollowUpMessages.EmailConfirmed.Replace("{email}", email, StringComparison.Ordinal)
            : FollowUpMessages.CallbackConfirmed
                .Replace("{phone}", callback!.Phone, StringComparison.Ordinal)
                .Replace("{when}", FollowUpMessages.When(callback.At, TimeZoneInfo.FindSystemTimeZoneById(options.TimeZoneId)), StringComparison.Ordinal);
        await step.Context.SendActivityAsync(MessageFactory.Text(confirmation.Replace("{ticket}", ticket, StringComparison.Ordinal)), cancellationToken);
        return await step.EndDialogAsync(new FollowUpResult(FollowUpOutcome.Ticket, ticket), cancellationToken);
    }
}
