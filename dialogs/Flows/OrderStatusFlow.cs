using System.Globalization;
using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Prompts;
using HandoffBot.Dialogs.Signals;
using Microsoft.Bot.Builder;

namespace HandoffBot.Dialogs.Flows;

/// <summary>
/// Tells where an order or ticket stands. Takes the number from the message that started it, or asks for it;
/// a number that is not found may be corrected once, then the flow ends Failed.
/// </summary>
public sealed class OrderStatusFlow : FlowDialog
{
    public const string Name = "order-status";

    public const int MaxMisses = 2;

    public const string AskNumber = "What's the order or ticket number? Orders look like **TL-20931**, tickets like **48213**.";

    public const string NoNumber = "I need an order number like **TL-20931** or a ticket number like **48213**. You'll find it in your confirmation email.";

    public const string NotFoundFinal =
        "I still can't find that number, sorry. A person from our team can search by your email or company name instead.";

    private readonly IOrderLookup _orders;

    public OrderStatusFlow(IOrderLookup orders)
        : base(nameof(OrderStatusFlow), Name)
    {
        _orders = orders ?? throw new ArgumentNullException(nameof(orders));
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [AskAsync, LookUpAsync]));
        AddDialog(new TextPrompt(nameof(TextPrompt), ValidateAsync));
    }

    protected override string HelpText =>
        "I'm looking up an order or ticket for you. Type its number: orders look like **TL-20931**, tickets like **48213**.";

    public static string NotFound(string reference) =>
        $"I couldn't find **{reference}**. Please check the number.";

    public static string Describe(OrderStatus status)
    {
        var kind = status.Kind.Equals("ticket", StringComparison.OrdinalIgnoreCase) ? "Ticket" : "Order";
        var updated = status.UpdatedOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var detail = string.IsNullOrWhiteSpace(status.Detail) ? string.Empty : $" {status.Detail}";
        return $"**{kind} {status.Reference}** ({status.Summary}): **{status.Status}**, last updated {updated}.{detail}";
    }

    private static async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetOptions<OrderStatusOptions>()?.Reference is { } reference)
        {
            return await step.NextAsync(reference, cancellationToken);
        }

        return await step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text(AskNumber) }, cancellationToken);
    }

    private async Task<DialogTurnResult> LookUpAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var text = step.GetResult<string>();
        var reference = OrderReference.Find(text) ?? text ?? string.Empty;
        if (await _orders.FindAsync(reference, cancellationToken) is { } status)
        {
            return await FinishAsync(step, AttemptOutcome.Resolved, Describe(status), cancellationToken);
        }

        var misses = (step.GetOptions<OrderStatusOptions>()?.Misses ?? 0) + 1;
        if (misses >= MaxMisses)
        {
            return await FinishAsync(step, AttemptOutcome.Failed, NotFoundFinal, cancellationToken);
        }

        await step.Context.SendActivityAsync(MessageFactory.Text(NotFound(reference)), cancellationToken);
        return await step.ReplaceDialogAsync(nameof(WaterfallDialog), new OrderStatusOptions(null, misses), cancellationToken);
    }

    private static async Task<bool> ValidateAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        if (OrderReference.Find(prompt.Recognized.Value) is not null)
        {
            return true;
        }

        await prompt.Context.SendActivityAsync(MessageFactory.Text(NoNumber), cancellationToken);
        return false;
    }
}
