using HandoffBot.Adapters.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HandoffBot.Adapters.Email;

/// <summary>
/// The email channel: runs the bot on a customer's mail and answers in the thread. The messages of one turn go out
/// as one mail (a greeting, an answer and "Did that help?" are one reply), sent when the turn ends; suggested
/// actions become numbered choices. Proactive turns (an agent's reply, the CSAT question after resolve) likewise.
/// </summary>
public sealed class EmailAdapter(IEmailDelivery sender, IEmailStore store) : InProcessAdapter
{
    /// <summary>The bot's name on its own messages; any other sender's name (an agent's) is shown on theirs.</summary>
    public const string BotName = "HandoffBot";

    private const string OutboxKey = "HandoffBot.Email.Outbox";

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var outbox = turnContext.TurnState.Get<List<Activity>>(OutboxKey);
        if (outbox is null)
        {
            outbox = [];
            turnContext.TurnState.Add(OutboxKey, outbox);
        }

        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            // Traces, typing and events have no form in mail; customers see only messages.
            if (activities[i].Type == ActivityTypes.Message && (!string.IsNullOrWhiteSpace(activities[i].Text) || activities[i].SuggestedActions?.Actions?.Count > 0))
            {
                outbox.Add(activities[i]);
            }

            responses[i] = new ResourceResponse(activities[i].Id ?? Guid.NewGuid().ToString("N"));
        }

        return Task.FromResult(responses);
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("A sent mail cannot be changed.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("A sent mail cannot be taken back.");

    protected override async Task OnTurnEndAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        var outbox = context.TurnState.Get<List<Activity>>(OutboxKey);
        if (outbox is not { Count: > 0 } || context.Activity.Conversation?.Id is not { } conversationId
            || await store.GetThreadAsync(conversationId, cancellationToken).ConfigureAwait(false) is not { } thread)
        {
            return;
        }

        // One mail per sender: the bot's replies together, an agent's under the agent's name.
        foreach (var group in outbox.GroupBy(SenderName))
        {
            var messages = group.ToList();
            var (text, html, choices) = EmailBody.Compose(messages);
            var messageId = await sender.SendAsync(thread, group.Key, text, html, cancellationToken).ConfigureAwait(false);
            thread = thread with { References = [.. thread.References, messageId], Choices = choices };
            await store.SaveThreadAsync(thread, messageId, cancellationToken).ConfigureAwait(false);
        }

        outbox.Clear();
    }

    private static string? SenderName(Activity activity) =>
        activity.From?.Name is { Length: > 0 } name && !string.Equals(name, BotName, StringComparison.Ordinal) ? name : null;
}
