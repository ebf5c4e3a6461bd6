using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Handoff;

/// <summary>
/// Hands a conversation to people: opens the case with the agent hub, tells the customer what happens next, then
/// sends the Bot Framework <c>handoff.initiate</c> event (with the stored, masked transcript) to the channel, so
/// that an external contact center attached to the channel can take it too.
/// </summary>
public sealed class HandoffInitiator(IAgentHub hub, ITranscriptStore transcripts, KeyEntityExtractor entities, TimeProvider timeProvider)
{
    /// <summary>Opens (or finds) the conversation's case and announces it; returns the case the hub holds.</summary>
    public async Task<HandoffCase> InitiateAsync(
        ITurnContext turnContext, HandoffRequest request, Func<HandoffCase, Task<string>> transitionMessage, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var history = await ReadTranscriptAsync(activity.ChannelId, activity.Conversation.Id, cancellationToken);
        var customerTexts = history
            .Where(a => a.Type == ActivityTypes.Message && a.From?.Role != RoleTypes.Bot)
            .Select(a => a.AsMessageActivity().Text ?? string.Empty)
            .ToList();
        var proposed = new HandoffCase
        {
            HandoffId = "ho_" + Guid.NewGuid().ToString("n"),
            Conversation = activity.GetConversationReference(),
            Triggers = request.Triggers,
            Priority = request.Priority,
            Skill = request.Skill,
            Customer = request.Customer,
            Tried = request.Tried,
            Page = (activity.ChannelData as JObject)?["page"] ?? history.Select(a => (a.ChannelData as JObject)?["page"]).LastOrDefault(p => p is not null),
            Summary = HandoffSummary.Write(request, customerTexts),
            Entities = entities.Extract(customerTexts),
            CreatedUtc = timeProvider.GetUtcNow(),
        };

        var opened = await hub.OpenAsync(proposed, cancellationToken);
        await turnContext.SendActivityAsync(MessageFactory.Text(await transitionMessage(opened)), cancellationToken);
        var initiate = EventFactory.CreateHandoffInitiation(turnContext, opened, new Transcript(history));
        await turnContext.SendActivityAsync(initiate, cancellationToken);
        return opened;
    }

    private async Task<IList<Activity>> ReadTranscriptAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var activities = new List<Activity>();
        string? token = null;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await transcripts.GetTranscriptActivitiesAsync(channelId, conversationId, token);
            activities.AddRange(page.Items.OfType<Activity>());
            token = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(token));
        return activities;
    }
}
