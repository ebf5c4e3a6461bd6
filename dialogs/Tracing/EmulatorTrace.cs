using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Tracing;

/// <summary>
/// Explains the bot's decisions to testers: on the <c>emulator</c> channel a decision becomes a <c>trace</c> activity
/// that the Bot Framework Emulator shows in its inspector. Customers on other channels never receive traces.
/// </summary>
public static class EmulatorTrace
{
    /// <summary>Value type URI shared by every HandoffBot decision trace.</summary>
    public const string ValueType = "https://handoffbot.dev/schemas/decision";

    /// <summary>True when traces sent in this turn reach a person who can read them.</summary>
    public static bool IsEnabled(ITurnContext turnContext) => turnContext.Activity.ChannelId == Channels.Emulator;

    /// <summary>Sends a trace named <paramref name="name"/> (see <see cref="TraceNames"/>) on the Emulator; does nothing elsewhere.</summary>
    public static async Task SendDecisionTraceAsync(
        this ITurnContext turnContext, string name, object value, string label, CancellationToken cancellationToken)
    {
        if (!IsEnabled(turnContext))
        {
            return;
        }

        var trace = Activity.CreateTraceActivity(name, ValueType, value, label);
        await turnContext.SendActivityAsync(trace, cancellationToken);
    }
}
