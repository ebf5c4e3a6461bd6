using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Sequence;

namespace HandoffBot.Dialogs.Flows;

/// <summary>
/// Asks the customer to confirm the email address on their account before account details are shown; returns true
/// when it matches the account of this conversation, false after <see cref="MaxMisses"/> addresses that do not.
/// </summary>
public sealed class EmailCheckDialog : ComponentDialog
{
    public const int MaxMisses = 2;

    public const string Ask = "Before I share account details: which email address do you sign in with?";

    public const string NotAnEmail = "That doesn't look like an email address. Please type the one you sign in with, e.g. name@company.com.";

    public const string Mismatch = "That email doesn't match the account you're chatting from. Please check it and try again.";

    private readonly IAccountDirectory _accounts;

    public EmailCheckDialog(IAccountDirectory accounts)
        : base(nameof(EmailCheckDialog))
    {
        _accounts = accounts ?? throw new ArgumentNullException(nameof(accounts));
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [AskAsync, CheckAsync]));
        AddDialog(new TextPrompt(nameof(TextPrompt), ValidateAsync));
    }

    /// <summary>The first email address in <paramref name="text"/> (Microsoft.Recognizers.Text), or null.</summary>
    public static string? FindEmail(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? null
            : SequenceRecognizer.RecognizeEmail(text, Culture.English).Select(r => r.Resolution?["value"]?.ToString() ?? r.Text).FirstOrDefault();

    private static async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text(Ask) }, cancellationToken);

    private async Task<DialogTurnResult> CheckAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var email = FindEmail(step.GetResult<string>());
        var account = await _accounts.FindAsync(step.Context, cancellationToken);
        if (account is not null && string.Equals(email, account.Email.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return await step.EndDialogAsync(true, cancellationToken);
        }

        var misses = (step.GetOptions<EmailCheckOptions>()?.Misses ?? 0) + 1;
        if (misses >= MaxMisses)
        {
            return await step.EndDialogAsync(false, cancellationToken);
        }

        await step.Context.SendActivityAsync(MessageFactory.Text(Mismatch), cancellationToken);
        return await step.ReplaceDialogAsync(nameof(WaterfallDialog), new EmailCheckOptions(misses), cancellationToken);
    }

    private static async Task<bool> ValidateAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        if (FindEmail(prompt.Recognized.Value) is not null)
        {
            return true;
        }

        await prompt.Context.SendActivityAsync(MessageFactory.Text(NotAnEmail), cancellationToken);
        return false;
    }
}
