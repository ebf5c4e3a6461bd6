using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Prompts;
using HandoffBot.Dialogs.Signals;
using Microsoft.Bot.Builder;

namespace HandoffBot.Dialogs.Flows;

/// <summary>Walks the customer through a password reset, then asks whether it worked: yes is Resolved, no is Failed.</summary>
public sealed class PasswordResetFlow : FlowDialog
{
    public const string Name = "password-reset";

    public const string Guidance =
        "Here's how to reset your password:\n\n" +
        "1. On the sign-in page, choose **Forgot password?**\n" +
        "2. Enter the email address you sign in with. We send a reset link that works for 60 minutes (the newest link cancels older ones).\n" +
        "3. Open the link and choose a new password.\n\n" +
        "No email after 10 minutes? Check spam and any quarantine your IT team runs. If your workspace signs in with SSO, " +
        "there is no Tasklane password: use **Continue with SSO** and reset it with your identity provider.";

    public const string DidItWork = "Did that work? Were you able to sign in?";

    public const string NotWorked =
        "I'm sorry that didn't do it. I've noted that the reset did not work, so a person can pick up from here if you'd like.";

    public PasswordResetFlow()
        : base(nameof(PasswordResetFlow), Name)
    {
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [GuideAsync, CheckAsync]));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt), FixedAnswer.ValidateAsync));
    }

    protected override string HelpText =>
        "I'm helping you reset your password. Follow the steps I sent, then tell me with **Yes** or **No** whether you could sign in.";

    private static async Task<DialogTurnResult> GuideAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(MessageFactory.Text(Guidance), cancellationToken);
        return await step.PromptAsync(
            nameof(ConfirmPrompt),
            new PromptOptions
            {
                Prompt = MessageFactory.Text(DidItWork),
                RetryPrompt = MessageFactory.Text($"{DidItWork} Please answer **Yes** or **No**."),
            },
            cancellationToken);
    }

    private async Task<DialogTurnResult> CheckAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.GetResult<bool>()
            ? await FinishAsync(step, AttemptOutcome.Resolved, FlowMessages.Glad, cancellationToken)
            : await FinishAsync(step, AttemptOutcome.Failed, NotWorked, cancellationToken);
}
