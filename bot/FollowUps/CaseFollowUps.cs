using HandoffBot.Handoff;
using HandoffBot.Integrations;

namespace HandoffBot.FollowUps;

/// <summary>
/// Turns a waiting case whose customer is gone into a follow-up ticket and takes it out of the queue, so that no agent
/// is offered an empty chat and nothing the customer said is lost (the ticket carries the case id and summary).
/// </summary>
public sealed class CaseFollowUps(
    IAgentHub hub, SqliteFollowUpStore store, SqliteWaitingCustomers waiting, IntegrationEvents integrations, ILogger<CaseFollowUps> logger)
{
    /// <summary>The outcome the case is closed with in the agent hub.</summary>
    public const string ClosedAsFollowUp = "follow-up";

    /// <summary>Returns the ticket, or null when the case is no longer open (someone else already dealt with it).</summary>
    public async Task<FollowUpTicket?> ConvertAsync(string channelId, string conversationId, string handoffId, string reason, CancellationToken cancellationToken)
    {
        await waiting.ForgetAsync(handoffId, cancellationToken);
        if (await hub.FindOpenAsync(channelId, conversationId, cancellationToken) is not { } open || open.HandoffId != handoffId)
        {
            return null;
        }

        // A ticket the customer asked for earlier stays as it is; otherwise the team uses the email the account has,
        // else one the customer wrote in the conversation.
        var email = open.Customer?.Value<string>("email")
            ?? open.Entities.LastOrDefault(e => e.Type == KeyEntityExtractor.Email)?.Value;
        var ticket = await store.FindByHandoffAsync(handoffId, cancellationToken);
        if (ticket is null)
        {
            ticket = await store.CreateAsync(new NewFollowUp(open, email is null ? FollowUpTicket.ByAccount : FollowUpTicket.ByEmail, email, null, null, reason), cancellationToken);
            await integrations.FollowUpAsync(open, ticket, cancellationToken);
        }

        await hub.CloseAsync(handoffId, ClosedAsFollowUp, cancellationToken);
        logger.LogInformation("Waiting case {HandoffId} became follow-up ticket {TicketId} ({Reason})", handoffId, ticket.Id, reason);
        return ticket;
    }
}
