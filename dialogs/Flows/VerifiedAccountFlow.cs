using System.Globalization;
using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Signals;

namespace HandoffBot.Dialogs.Flows;

/// <summary>
/// A flow that shows account data, and only to a customer who confirmed the email address on the account of this
/// conversation (<see cref="EmailCheckDialog"/>). An unknown customer or an email that does not match ends it Failed.
/// </summary>
public abstract class VerifiedAccountFlow : FlowDialog
{
    public const string NoAccount =
        "I can't find an account linked to this chat, so I can't look that up. A person from our team can help once they've checked who you are.";

    public const string NotVerified =
        "For your security I can't share account details without a matching email address. A person from our team can verify you another way.";

    public const string NotOnFile = "not on file";

    private readonly IAccountDirectory _accounts;

    protected VerifiedAccountFlow(string dialogId, string flowName, IAccountDirectory accounts)
        : base(dialogId, flowName)
    {
        _accounts = accounts ?? throw new ArgumentNullException(nameof(accounts));
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [VerifyAsync, ShowAsync]));
        AddDialog(new EmailCheckDialog(accounts));
    }

    protected override string HelpText =>
        "To keep your account safe I only show its details once you confirm the email address you sign in with. Type it here, e.g. name@company.com.";

    /// <summary>What to tell a verified customer about their account.</summary>
    protected abstract string Describe(AccountDetails account);

    protected static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? NotOnFile;

    protected static string Value(object? value) => value is null ? NotOnFile : Convert.ToString(value, CultureInfo.InvariantCulture) ?? NotOnFile;

    private async Task<DialogTurnResult> VerifyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (await _accounts.FindAsync(step.Context, cancellationToken) is null)
        {
            return await FinishAsync(step, AttemptOutcome.Failed, NoAccount, cancellationToken);
        }

        return await step.BeginDialogAsync(nameof(EmailCheckDialog), new EmailCheckOptions(), cancellationToken);
    }

    private async Task<DialogTurnResult> ShowAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!step.GetResult<bool>() || await _accounts.FindAsync(step.Context, cancellationToken) is not { } account)
        {
            return await FinishAsync(step, AttemptOutcome.Failed, NotVerified, cancellationToken);
        }

        return await FinishAsync(step, AttemptOutcome.Resolved, Describe(account), cancellationToken);
    }
}
