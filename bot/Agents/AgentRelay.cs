using HandoffBot.Handoff;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Agents;

/// <summary>
/// The hub's voice in the customer's conversation, as proactive turns on the channel's adapter: <c>handoff.status</c>
/// events (handled by the handoff middleware like any inbound activity) and messages, an agent's shown with their name.
/// </summary>
public sealed class AgentRelay(ChannelSenders senders)
{
    /// <summary>Sends <c>handoff.status</c> with <paramref name="state"/> (<c>accepted</c>, <c>completed</c>, <c>failed</c>) into the conversation.</summary>
    public Task SendStatusAsync(HandoffCase handoff, string state, string? message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        var status = handoff.Conversation.GetContinuationActivity();
        status.Name = HandoffEventNames.HandoffStatus;
        var value = new JObject { ["state"] = state };
        if (message is not null)
        {
            value["message"] = message;
        }

        status.Value = value;
        return senders.ContinueConversationAsync(status, (_, _) => Task.CompletedTask, cancellationToken);
    }

    /// <summary>Says <paramref name="text"/> to the customer; with <paramref name="displayName"/>, as that person (<c>from.name</c>).</summary>
    public Task SayAsync(HandoffCase handoff, string text, string? displayName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        return senders.ContinueConversationAsync(
            handoff.Conversation.GetContinuationActivity(),
            async (turnContext, ct) =>
            {
                if (displayName is not null)
                {
                    // The turn stamps every outgoing activity with the bot as sender; the name is the agent's.
                    turnContext.OnSendActivities(async (_, activities, next) =>
                    {
                        foreach (var activity in activities)
                        {
                            activity.From = new ChannelAccount(activity.From?.Id ?? handoff.Conversation.Bot?.Id, displayName, RoleTypes.Bot);
                        }

                        return await next();
                    });
                }

                // What an agent types is shown as they typed it: channels render Markdown, and raw HTML in it (an
                // <img onerror=…>) must not become markup in the customer's chat.
                // Teams shows the bot's name on everything it posts: the agent's name goes in the message, in bold.
                var shown = displayName is null ? text : AsText(text);
                if (displayName is not null && string.Equals(handoff.Conversation.ChannelId, Channels.Msteams, StringComparison.Ordinal))
                {
                    shown = $"**{AsText(displayName)}:** {shown}";
                }

                await turnContext.SendActivityAsync(MessageFactory.Text(shown), ct);
            },
            cancellationToken);
    }

    /// <summary>Angle brackets as character references: Markdown renderers show them, and never read them as tags.</summary>
    internal static string AsText(string text) =>
        text.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
