namespace HandoffBot.Dialogs.Flows;

/// <summary>Plan, seats and renewal date of the customer's account, after the customer confirms their email.</summary>
public sealed class AccountFlow(IAccountDirectory accounts)
    : VerifiedAccountFlow(nameof(AccountFlow), Name, accounts)
{
    public const string Name = "account";

    protected override string Describe(AccountDetails account)
    {
        var seats = account.Seats is { } total
            ? account.SeatsUsed is { } used ? $"{used} of {total} in use" : $"{total}"
            : NotOnFile;
        return $"Thanks, that matches. Here's your account ({account.Name}):\n\n" +
            $"- **Plan**: {Value(account.Plan)}\n" +
            $"- **Seats**: {seats}\n" +
            $"- **Renews on**: {Date(account.RenewalDate)}\n\n" +
            "To add seats or change plans, go to **Settings > Billing > Plan**.";
    }
}
