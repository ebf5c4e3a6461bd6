using HandoffBot.Dialogs.Flows;
using Microsoft.Bot.Builder;

namespace HandoffBot.Dialogs.Tests.Flows;

/// <summary>An account directory whose answer for every turn is one fixed account (or none: an unknown customer).</summary>
internal sealed class CustomerAccount(AccountDetails? account) : IAccountDirectory
{
    public static AccountDetails Ben { get; } = new(
        "std-ben", "Ben Carter (Carter & Hale Accounting)", "ben.carter@carterhale.example.com", "Team", 12, 9,
        new DateOnly(2027, 4, 1), "annually", "$8 per user/month", new DateOnly(2027, 4, 1), "$1,152.00", "Visa ending 4242");

    public Task<AccountDetails?> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.FromResult(account);
}
