using System.Text.RegularExpressions;
using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Flows;
using HandoffBot.Dialogs.Root;
using HandoffBot.Dialogs.Signals;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace HandoffBot.Flows;

/// <summary>
/// The root dialog's route into the resolve flows (asked before knowledge answers). An order or ticket number with
/// words about an order is order status at once; otherwise the message must be close in meaning to a flow's examples
/// (at or above <c>HandoffBot:Flows:Threshold</c>) and closer to them than to the routine how-to questions.
/// </summary>
public sealed partial class FlowRoute(FlowRecognizer recognizer, IOrderLookup orders, IAccountDirectory accounts, IOptions<FlowsOptions> options) : IRootRoute
{
    private const string TroubleshootingPrefix = "troubleshooting:";

    public int Order => 100;

    public bool AnswersInOneTurn => false;

    public IEnumerable<Dialog> Dialogs { get; } =
    [
        new PasswordResetFlow(),
        new AccountFlow(accounts),
        new BillingInfoFlow(accounts),
        new OrderStatusFlow(orders),
        new TroubleshootingFlow(),
    ];

    public Task<RouteMatch?> MatchAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Type == ActivityTypes.Message ? turnContext.Activity.Text?.Trim() : null;
        if (string.IsNullOrEmpty(text))
        {
            return Task.FromResult<RouteMatch?>(null);
        }

        // A number in the documented format is the strongest evidence there is, when the words are about an order.
        var reference = OrderReference.Find(text);
        if (reference is not null && (OrderWords().IsMatch(text) || text.TrimStart('#') == reference))
        {
            return Task.FromResult<RouteMatch?>(Match(turnContext, OrderStatusFlow.Name, 1, nameof(OrderStatusFlow), new OrderStatusOptions(reference)));
        }

        var best = recognizer.Recognize(text);
        if (best.Label == FlowRecognizer.Knowledge || best.Negated || best.Score < options.Value.Threshold)
        {
            return Task.FromResult<RouteMatch?>(null);
        }

        return Task.FromResult<RouteMatch?>(best.Label switch
        {
            PasswordResetFlow.Name => Match(turnContext, best.Label, best.Score, nameof(PasswordResetFlow), null),
            AccountFlow.Name => Match(turnContext, best.Label, best.Score, nameof(AccountFlow), null),
            BillingInfoFlow.Name => Match(turnContext, best.Label, best.Score, nameof(BillingInfoFlow), null),
            OrderStatusFlow.Name => Match(turnContext, best.Label, best.Score, nameof(OrderStatusFlow), new OrderStatusOptions(reference)),
            var label when label.StartsWith(TroubleshootingPrefix, StringComparison.Ordinal) =>
                Match(turnContext, label, best.Score, nameof(TroubleshootingFlow), new TroubleshootingOptions(label[TroubleshootingPrefix.Length..])),
            _ => null,
        });
    }

    private static RouteMatch Match(ITurnContext turnContext, string label, double score, string dialogId, object? flowOptions)
    {
        var signals = TurnSignals.For(turnContext);
        signals.Intent = "flow:" + label;
        signals.IntentScore = score;
        return new RouteMatch("flow:" + label, dialogId, flowOptions);
    }

    [GeneratedRegex(@"\b(order|ticket|case|request|purchase|status|track|update)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrderWords();
}
