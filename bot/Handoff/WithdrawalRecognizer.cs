using System.Text.RegularExpressions;

namespace HandoffBot.Handoff;

/// <summary>
/// Recognizes a customer taking back their request while waiting ("never mind, I found it"). Deliberately narrow: a
/// missed withdrawal only leaves the case queued, while a false one would drop a customer who still needs help.
/// </summary>
public static partial class WithdrawalRecognizer
{
    public static bool IsWithdrawal(string? text) => text is not null && Pattern().IsMatch(text) && !Negated().IsMatch(text);

    [GeneratedRegex(
        @"\b(never ?mind|nvm|forget it|no need anymore|(i|we)\s*(have|'ve)?\s*(found|figured|sorted|solved|fixed|worked)\s+(it|this|that|out)|found it|" +
        @"(no longer|don't|do not|dont) need (help|the help|an? (agent|person|human)|anyone|it)( anymore| now)?|" +
        @"cancel (my|the|this) (request|case|ticket|handoff)|(it's|it is|its|all) (sorted|resolved|fixed|working( now)?)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    // "I haven't found it", "still not fixed": the opposite of a withdrawal.
    [GeneratedRegex(@"\b(not|n't|never|still)\s+(yet\s+)?(found|figured|sorted|solved|fixed|resolved|working)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negated();
}
