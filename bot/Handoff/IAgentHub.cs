using Microsoft.Bot.Schema;

namespace HandoffBot.Handoff;

/// <summary>
/// Where handoffs go: the built-in agent hub (queue, routing, console) implements it; the handoff middleware only
/// opens cases and feeds them what the customer says while waiting.
/// </summary>
public interface IAgentHub
{
    /// <summary>Opens the case, or returns the conversation's case already open (one open handoff per conversation).</summary>
    Task<HandoffCase> OpenAsync(HandoffCase handoff, CancellationToken cancellationToken);

    /// <summary>The conversation's open case, if any.</summary>
    Task<HandoffCase?> FindOpenAsync(string channelId, string conversationId, CancellationToken cancellationToken);

    /// <summary>Adds a customer message to an open case; the agent sees it.</summary>
    Task AppendCustomerMessageAsync(string handoffId, IActivity message, CancellationToken cancellationToken);

    /// <summary>Replaces an open case's triggers, priority and skill when new information changes its nature.</summary>
    Task UpdateAsync(HandoffCase handoff, CancellationToken cancellationToken);

    /// <summary>How long the case is likely to wait for a person, from the queue ahead of it.</summary>
    Task<TimeSpan> EstimateWaitAsync(HandoffCase handoff, CancellationToken cancellationToken);

    /// <summary>Marks the case closed (completed or failed), so that the conversation can open a new one later.</summary>
    Task CloseAsync(string handoffId, string outcome, CancellationToken cancellationToken);
}
