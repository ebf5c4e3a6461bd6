using HandoffBot.Dialogs.FollowUp;
using HandoffBot.Handoff;
using HandoffBot.Integrations;
using Microsoft.Bot.Builder;

namespace HandoffBot.FollowUps;

/// <summary>
/// The follow-up dialog's way to the ticket store and the teams' business hours, and the handoff middleware's way to
/// what a ticket promised the customer.
/// </summary>
public sealed class FollowUpDesk(IAgentHub hub, SqliteFollowUpStore store, Staffing staffing, IntegrationEvents integrations) : IFollowUpDesk, IFollowUpPromises
{
    public async Task<string> OpenTicketAsync(ITurnContext turnContext, FollowUpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(request);
        var activity = turnContext.Activity;
        if (await hub.FindOpenAsync(activity.ChannelId, activity.Conversation.Id, cancellationToken) is not { } open || open.HandoffId != request.HandoffId)
        {
            // The case ended while the customer typed (e.g. it already became a ticket): that ticket is theirs.
            return (await store.FindByHandoffAsync(request.HandoffId, cancellationToken))?.Id
                ?? throw new InvalidOperationException($"Handoff {request.HandoffId} is neither open nor a follow-up ticket.");
        }

        var method = request.Method switch
        {
            FollowUpMethod.Email => FollowUpTicket.ByEmail,
            FollowUpMethod.Callback => FollowUpTicket.ByCallback,
            _ => FollowUpTicket.ByAccount,
        };
        var ticket = await store.CreateAsync(
            new NewFollowUp(open, method, request.Email, request.Phone, request.CallbackAt, FollowUpReasons.Requested), cancellationToken);
        await integrations.FollowUpAsync(open, ticket, cancellationToken);
        return ticket.Id;
    }

    public bool IsOpen(string skill, DateTimeOffset at) => staffing.IsOpen(skill, at);

    public async Task<string?> FindAsync(string handoffId, CancellationToken cancellationToken)
    {
        if (await store.FindByHandoffAsync(handoffId, cancellationToken) is not { Status: FollowUpTicket.Open } ticket)
        {
            return null;
        }

        return ticket switch
        {
            { ContactMethod: FollowUpTicket.ByEmail, Email: { } email } =>
                FollowUpMessages.EmailPromise.Replace("{email}", email, StringComparison.Ordinal).Replace("{ticket}", ticket.Id, StringComparison.Ordinal),
            { ContactMethod: FollowUpTicket.ByCallback, Phone: { } phone, CallbackUtc: { } at } =>
                FollowUpMessages.CallbackPromise
                    .Replace("{phone}", phone, StringComparison.Ordinal)
                    .Replace("{when}", FollowUpMessages.When(at, staffing.TimeZoneOf(ticket.Skill)), StringComparison.Ordinal)
                    .Replace("{ticket}", ticket.Id, StringComparison.Ordinal),
            _ => null,
        };
    }
}
