using Microsoft.Bot.Builder;

namespace HandoffBot.Dialogs.Flows;

/// <summary>The account of the turn's customer, as the CRM and billing system know it (implemented by the bot).</summary>
public interface IAccountDirectory
{
    /// <summary>The account of the customer this turn belongs to, or null when the customer is not known.</summary>
    Task<AccountDetails?> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
