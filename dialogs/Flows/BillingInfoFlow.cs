namespace HandoffBot.Dialogs.Flows;

/// <summary>
/// Read-only billing information (plan, price, next invoice, payment method), after the customer confirms their
/// email. Refunds and disputes never come here: the rulebook sends them to a person before the bot runs.
/// </summary>
public sealed class BillingInfoFlow(IAccountDirectory accounts)
    : VerifiedAccountFlow(nameof(BillingInfoFlow), Name, accounts)
{
    public const string Name = "billing-info";

    protected override string Describe(AccountDetails account)
    {
        var next = account.NextInvoiceDate is null && account.NextInvoiceAmount is null
            ? NotOnFile
            : $"{Value(account.NextInvoiceAmount)} on {Date(account.NextInvoiceDate)}";
        return "Thanks, that matches. Here's your billing information:\n\n" +
            $"- **Plan**: {Value(account.Plan)}{(account.BillingCycle is { } cycle ? $", billed {cycle}" : string.Empty)}\n" +
            $"- **Price**: {Value(account.Price)}\n" +
            $"- **Next invoice**: {next}\n" +
            $"- **Payment method**: {Value(account.PaymentMethod)}\n\n" +
            "Invoices are under **Settings > Billing > Invoices**. For a refund or a charge you don't recognise, ask for a person.";
    }
}
