using Microsoft.Bot.Builder;

namespace HandoffBot.Dialogs.FollowUp;

/// <summary>
/// Where follow-ups go. The bot implements it over its ticket store and the rulebook's business hours; dialogs only
/// collect what the customer wants.
/// </summary>
public interface IFollowUpDesk
{
    /// <summary>Opens a follow-up ticket for the conversation's waiting case and returns its id (e.g. <c>FU-0042</c>).</summary>
    Task<string> OpenTicketAsync(ITurnContext turnContext, FollowUpRequest request, CancellationToken cancellationToken);

    /// <summary>Whether the skill's team works at <paramref name="at"/>, so a callback can be kept.</summary>
    bool IsOpen(string skill, DateTimeOffset at);
}
