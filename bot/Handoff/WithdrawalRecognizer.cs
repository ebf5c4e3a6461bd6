using System.Text.RegularExpressions;

namespace HandoffBot.Handoff;

/// <summary>
/// Recognizes a customer taking back their request while waiting ("never mind, I found it"). Deliberately narrow: a
/// missed withdrawal only leaves the case queued, while a false one would drop a customer who still needs help. So
/// "never mind" on its own counts only as a short reply ("never mind the invoice, my account is locked" goes on).
/// </summary>
public static partial class WithdrawalRecognizer
{
    private const int ShortReplyWords = 5;

    public static bool IsWithdrawal(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || Negated().IsMatch(text))
        {
            return false;
        }

        return Strong().IsMatch(text) || (Weak().IsMatch(text) && Words().Count(text) <= ShortReplyWords);
    }

    [GeneratedRegex(
        @"\b((i|we)\s*(have|'ve)?\s*(found|figured|sorted|solved|fixed|worked)\s+(it|this|that|out)|found it|" +
        @"(no longer|don't|do not|dont) need (help|the help|an? (agent|person|human)|anyone|it)( anymore| now)?|" +
        @"cancel (my|the|this) (request|case|ticket|handoff)|(it's|it is|its|all) (sorted|resolved|fixed|working( now)?))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Strong();

    [GeneratedRegex(@"\b(never ?mind|nvm|forget it|no need)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Weak();

    // "I haven't found it", "still not fixed", "don't forget it": the opposite of a withdrawal.
    [GeneratedRegex(
        @"(\bnot|n't|\bnever|\bstill)\s+(yet\s+)?(found|figured|sorted|solved|fixed|resolved|working)\b|\b(don't|do not|dont)\s+forget\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negated();

    [GeneratedRegex(@"[\p{L}\p{N}']+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
