using HandoffBot.Customers;
using HandoffBot.Dialogs.Flows;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace HandoffBot.Flows;

/// <summary>
/// The account flows' view of the turn's customer: the CRM profile that <see cref="CustomerContextMiddleware"/> put in
/// turn state, with the billing details of the accounts file. Unknown customers and profiles without an email have
/// no account here (nothing could be verified).
/// </summary>
public sealed class ProfileAccountDirectory(IOptions<FlowsOptions> options) : IAccountDirectory
{
    private readonly Lazy<IReadOnlyDictionary<string, AccountBilling>> _billing = new(() => AccountBilling.Load(options.Value.AccountsPath));

    public Task<AccountDetails?> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (CustomerContextMiddleware.Get(turnContext) is not { IsKnown: true, Email: { Length: > 0 } email } profile)
        {
            return Task.FromResult<AccountDetails?>(null);
        }

        var billing = _billing.Value.GetValueOrDefault(profile.Id);
        return Task.FromResult<AccountDetails?>(new AccountDetails(
            profile.Id,
            profile.Name,
            email,
            profile.Plan,
            billing?.Seats,
            billing?.SeatsUsed,
            profile.RenewalDate,
            billing?.BillingCycle,
            billing?.Price,
            billing?.NextInvoiceDate,
            billing?.NextInvoiceAmount,
            billing?.PaymentMethod));
    }
}
