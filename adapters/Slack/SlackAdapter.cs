using HandoffBot.Adapters.Hosting;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Adapters.Slack;

/// <summary>
/// The Slack channel: runs the bot (with whatever middleware the host adds) on messages from the Events API, and posts
/// what the bot sends with <c>chat.postMessage</c> in the customer's DM or thread. Suggested actions become Block Kit
/// buttons; a message from someone other than the bot (an agent) carries their name.
/// </summary>
public sealed partial class SlackAdapter(SlackWebApi api, SlackUsers users, ILogger<SlackAdapter> logger) : InProcessAdapter
{
    /// <summary>The bot's name on its own messages; any other sender's name is shown on theirs.</summary>
    public const string BotName = "HandoffBot";

    /// <summary>Runs one turn of the bot on an activity read from the Events API.</summary>
    public override async Task ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        await TakeButtonsAwayAsync(activity, cancellationToken).ConfigureAwait(false);
        if (activity.From?.Id is { } userId)
        {
            // The name for the agent, and the email the CRM knows the customer by (read from from.properties).
            var (name, email) = await users.FindAsync(userId, cancellationToken).ConfigureAwait(false);
            activity.From.Name ??= name;
            if (email is not null)
            {
                activity.From.Properties["email"] = email;
            }
        }

        await base.ProcessActivityAsync(activity, callback, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            if (activity.Type != ActivityTypes.Message || SlackConversation.Parse(activity.Conversation?.Id) is not { } conversation
                || SlackMessage.Build(activity, conversation) is not { } message)
            {
                // Traces, typing, events and invoke responses have no Slack form; customers see only messages.
                responses[i] = new ResourceResponse();
                continue;
            }

            var ts = await api.PostMessageAsync(message, cancellationToken).ConfigureAwait(false);
            responses[i] = new ResourceResponse(ts);
        }

        return responses;
    }

    /// <summary>Replaces a message the bot sent (its id is Slack's <c>ts</c>), e.g. buttons that were pressed.</summary>
    public override async Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (SlackConversation.Parse(activity.Conversation?.Id) is not { } conversation || SlackMessage.Build(activity, conversation) is not { } message)
        {
            throw new ArgumentException("Only a message in a Slack conversation can be updated.", nameof(activity));
        }

        message["ts"] = activity.Id;
        message.Remove("thread_ts");
        await api.UpdateMessageAsync(message, cancellationToken).ConfigureAwait(false);
        return new ResourceResponse(activity.Id);
    }

    public override async Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (SlackConversation.Parse(reference.Conversation?.Id) is { } conversation && reference.ActivityId is { } ts)
        {
            await api.DeleteMessageAsync(conversation.Channel, ts, cancellationToken).ConfigureAwait(false);
        }
    }

    // A choice cannot be pressed twice: the pressed message keeps its text and says what was chosen instead of the buttons.
    private async Task TakeButtonsAwayAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.ChannelData is not JObject data || data[SlackInteractionReader.PressedKey] is not JObject pressed)
        {
            return;
        }

        var text = (string?)pressed["text"] ?? string.Empty;
        var blocks = new JsonArray();
        if (text.Length > 0)
        {
            blocks.Add(new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = text } });
        }

        blocks.Add(new JsonObject
        {
            ["type"] = "context",
            ["elements"] = new JsonArray(new JsonObject { ["type"] = "mrkdwn", ["text"] = $"You chose: *{SlackMarkdown.ToMrkdwn((string?)pressed["chosen"])}*" }),
        });
        var update = new JsonObject { ["channel"] = (string?)pressed["channel"], ["ts"] = (string?)pressed["ts"], ["text"] = text, ["blocks"] = blocks };
        try
        {
            await api.UpdateMessageAsync(update, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException)
        {
            // The choice itself still counts; only the old buttons stay visible.
            LogUpdateFailed(logger, ex, activity.Conversation.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not take the pressed buttons away in Slack conversation {ConversationId}")]
    private static partial void LogUpdateFailed(ILogger logger, Exception exception, string conversationId);
}
