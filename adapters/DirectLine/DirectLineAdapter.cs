using HandoffBot.Adapters.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace HandoffBot.Adapters.DirectLine;

/// <summary>
/// The in-process channel behind <c>/v3/directline</c>: runs the bot (with whatever middleware the host adds) on
/// activities posted by Direct Line clients, and appends what the bot sends to the conversation's log instead of
/// posting it anywhere, so replies, proactive messages (agent replies) included, reach the page through its stream.
/// No HTTP hop and no channel authentication: it keeps working when the bot has Azure credentials.
/// </summary>
public sealed class DirectLineAdapter(DirectLineActivityLog log, IOptions<DirectLineOptions> options, TimeProvider timeProvider) : InProcessAdapter
{
    /// <summary>The channel id of activities on this endpoint.</summary>
    public const string ChannelId = "directline";

    /// <summary>The bot's account on this channel.</summary>
    public ChannelAccount Bot { get; } = new(options.Value.BotId, options.Value.BotName, RoleTypes.Bot);

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            switch (activity.Type)
            {
                case ActivityTypesEx.Delay:
                    var delay = activity.Value is int milliseconds ? milliseconds : 1000;
                    await Task.Delay(TimeSpan.FromMilliseconds(delay), timeProvider, cancellationToken).ConfigureAwait(false);
                    responses[i] = new ResourceResponse();
                    break;
                case ActivityTypes.Trace:
                case ActivityTypesEx.InvokeResponse:
                    // Traces are for the Emulator's inspector and invoke responses for the HTTP reply: customers see neither.
                    responses[i] = new ResourceResponse();
                    break;
                case ActivityTypes.Typing:
                    Stamp(activity);
                    log.Publish(activity.Conversation.Id, activity);
                    responses[i] = new ResourceResponse(activity.Id);
                    break;
                default:
                    Stamp(activity);
                    ShowSender(activity);
                    DirectLineAttachmentFallback.Apply(activity);
                    var entry = await log.AppendAsync(activity.Conversation.Id, activity, cancellationToken).ConfigureAwait(false);
                    responses[i] = new ResourceResponse(entry.Activity.Id);
                    break;
            }
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The Direct Line endpoint does not update sent activities.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The Direct Line endpoint does not delete sent activities.");

    /// <summary>
    /// A proactive turn's activity never reaches the client, so what the turn sends must not reply to it: Web Chat holds
    /// back an activity whose <c>replyToId</c> it has not seen, for five seconds, waiting for the original to arrive.
    /// </summary>
    protected override void OnContinuation(TurnContext context, Activity continuation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(continuation);
        context.OnSendActivities(async (_, activities, next) =>
        {
            foreach (var activity in activities)
            {
                if (string.Equals(activity.ReplyToId, continuation.Id, StringComparison.Ordinal))
                {
                    activity.ReplyToId = null;
                }
            }

            return await next().ConfigureAwait(false);
        });
    }

    // Web Chat shows no sender names: a message from someone other than the bot (an agent) carries the name in its text.
    private void ShowSender(Activity activity)
    {
        if (activity.Type == ActivityTypes.Message && activity.From?.Name is { Length: > 0 } name &&
            !string.Equals(name, Bot.Name, StringComparison.Ordinal) && !string.IsNullOrEmpty(activity.Text))
        {
            activity.Text = $"**{name}:** {activity.Text}";
        }
    }

    private void Stamp(Activity activity)
    {
        activity.ChannelId = ChannelId;
        activity.From ??= Bot;
        activity.From.Role ??= RoleTypes.Bot;
        activity.Timestamp = timeProvider.GetUtcNow();
        activity.ServiceUrl = null;
    }
}
