using HandoffBot.Dialogs.Flows;
using HandoffBot.Dialogs.Signals;

namespace HandoffBot.Dialogs.Tests.Flows;

public sealed class BillingInfoFlowTests
{
    [Fact]
    public async Task Verified_customer_sees_plan_price_next_invoice_and_payment_method()
    {
        var flow = new FlowConversation(new BillingInfoFlow(new CustomerAccount(CustomerAccount.Ben)));
        await flow.SayAsync("when will I be charged next?");

        var details = Assert.Single(await flow.SayAsync("ben.carter@carterhale.example.com"));

        Assert.Contains("**Plan**: Team, billed annually", details, StringComparison.Ordinal);
        Assert.Contains("**Price**: $8 per user/month", details, StringComparison.Ordinal);
        Assert.Contains("**Next invoice**: $1,152.00 on 1 April 2027", details, StringComparison.Ordinal);
        Assert.Contains("**Payment method**: Visa ending 4242", details, StringComparison.Ordinal);
        Assert.Equal(("flow:billing-info", AttemptOutcome.Resolved), (flow.Last.Tried, flow.Last.Outcome));
    }

    [Fact]
    public async Task What_the_billing_system_does_not_know_is_shown_as_not_on_file()
    {
        var sparse = CustomerAccount.Ben with { Price = null, NextInvoiceDate = null, NextInvoiceAmount = null, PaymentMethod = null, BillingCycle = null };
        var flow = new FlowConversation(new BillingInfoFlow(new CustomerAccount(sparse)));
        await flow.SayAsync("billing");

        var details = Assert.Single(await flow.SayAsync("ben.carter@carterhale.example.com"));

        Assert.Contains("**Next invoice**: not on file", details, StringComparison.Ordinal);
        Assert.Contains("**Payment method**: not on file", details, StringComparison.Ordinal);
    }
}
