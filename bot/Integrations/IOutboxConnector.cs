using HandoffBot.Handoff;

namespace HandoffBot.Integrations;

/// <summary>
/// An outside system HandoffBot tells about its cases (a helpdesk, a chat webhook). It says what it wants sent when
/// something happens (recorded in the outbox at once) and sends one recorded item when the outbox worker asks. A
/// connector without its keys is off: it asks for nothing.
/// </summary>
public interface IOutboxConnector
{
    /// <summary>The name items are recorded under (<c>slack-webhook</c>, <c>teams-webhook</c>, …).</summary>
    string Name { get; }

    bool Enabled { get; }

    /// <summary>What to send about a new case (nothing when it does not care about this one).</summary>
    Task<IReadOnlyList<OutboxRequest>> OnOpenedAsync(HandoffCase handoff, bool urgent, CancellationToken cancellationToken);

    /// <summary>What to send when an agent writes to the customer (message <paramref name="seq"/> of the case).</summary>
    IEnumerable<OutboxRequest> OnAgentMessage(HandoffCase handoff, long seq, string agentName, string text) => [];

    /// <summary>What to send when nobody could take the case in time and it became a follow-up ticket; <paramref name="followUp"/> says how the team should get back.</summary>
    IEnumerable<OutboxRequest> OnFollowUp(HandoffCase handoff, string ticketId, string followUp) => [];

    /// <summary>What to send when an agent resolves the case.</summary>
    IEnumerable<OutboxRequest> OnResolved(HandoffCase handoff, string agentName, string disposition) => [];

    /// <summary>One attempt at delivering <paramref name="item"/>; throwing counts as an attempt worth retrying.</summary>
    Task<OutboxDelivery> DeliverAsync(OutboxItem item, CancellationToken cancellationToken);
}
