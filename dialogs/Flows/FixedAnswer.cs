using System.Text.RegularExpressions;
using HandoffBot.Dialogs.Prompts;

namespace HandoffBot.Dialogs.Flows;

/// <summary>
/// Reads the answer to "did that fix it?" when it is not a plain yes or no: customers answer with what happened
/// ("still nothing after a reinstall", "works now, thanks"). A report of failure counts as no, of success as yes;
/// anything else is asked again.
/// </summary>
public static partial class FixedAnswer
{
    /// <summary>A validator for the flows' yes/no prompts that also accepts such reports.</summary>
    public static Task<bool> ValidateAsync(PromptValidatorContext<bool> prompt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        if (!prompt.Recognized.Succeeded && Read(prompt.Context.Activity.Text) is { } answer)
        {
            prompt.Recognized.Value = answer;
            prompt.Recognized.Succeeded = true;
        }

        return Task.FromResult(prompt.Recognized.Succeeded);
    }

    /// <summary>True for a report of success, false for a report of failure, null when the text says neither.</summary>
    public static bool? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Failure first: "it worked for a minute, now still nothing" is a failure.
        return Failure().IsMatch(text) ? false : Success().IsMatch(text) ? true : null;
    }

    [GeneratedRegex(@"\b(still|nothing|not|no|nope|didn'?t|doesn'?t|don'?t|isn'?t|won'?t|can'?t|cannot|never|same|again|fail(s|ed|ing)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Failure();

    [GeneratedRegex(@"\b(works?|worked|working|fixed|solved|sorted|resolved|thanks|thank you|thx|perfect|great)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Success();
}
