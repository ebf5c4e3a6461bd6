using System.Text.RegularExpressions;

namespace HandoffBot.Dialogs.Flows;

/// <summary>
/// Order and ticket numbers in free text. The documented formats: orders are <c>TL-</c> and five digits
/// ("order TL-20931", "order 20931"), tickets five digits ("ticket 48213", "#48213"). A bare five-digit number is
/// returned as is; the store tries it as a ticket, then as an order.
/// </summary>
public static partial class OrderReference
{
    public const string OrderPrefix = "TL-";

    /// <summary>The normalised number in <paramref name="text"/> (<c>TL-20931</c> or <c>48213</c>), or null.</summary>
    public static string? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (PrefixedOrder().Match(text) is { Success: true } prefixed)
        {
            return OrderPrefix + prefixed.Groups["number"].Value;
        }

        if (NamedOrder().Match(text) is { Success: true } order)
        {
            return OrderPrefix + order.Groups["number"].Value;
        }

        return Number().Match(text) is { Success: true } number ? number.Groups["number"].Value : null;
    }

    [GeneratedRegex(@"\bTL\s*-?\s*(?<number>\d{5})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrefixedOrder();

    [GeneratedRegex(@"\border\s*(?:no\.?|number|#)?\s*[:#]?\s*(?<number>\d{5})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedOrder();

    // Not inside a longer number (a phone number, a card) and not a year-like part of a date.
    [GeneratedRegex(@"(?<![\d-])#?(?<number>\d{5})(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
