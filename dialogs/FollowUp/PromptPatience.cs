using HandoffBot.Dialogs.Prompts;

namespace HandoffBot.Dialogs.FollowUp;

/// <summary>
/// When a contact prompt stops asking: after a few unreadable replies, or when the customer says no or cancel. The
/// step after the prompt then finds nothing usable and ends politely; nobody is stuck in a loop.
/// </summary>
internal static class PromptPatience
{
    private const int MaxAttempts = 3;

    public static bool GivesUp<T>(PromptValidatorContext<T> context)
    {
        var text = context.Context.Activity.Text;
        return context.AttemptCount >= MaxAttempts
            || BooleanRecognizer.Recognize(text) == false
            || (text?.Contains("cancel", StringComparison.OrdinalIgnoreCase) ?? false);
    }
}
