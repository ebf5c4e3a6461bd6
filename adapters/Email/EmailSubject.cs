using System.Text.RegularExpressions;

namespace HandoffBot.Adapters.Email;

/// <summary>Subjects as threads see them: without the reply and forward prefixes mail programs add, in many languages.</summary>
public static partial class EmailSubject
{
    /// <summary>"Re: RE: Fwd: Invoice" → "Invoice".</summary>
    public static string Strip(string? subject) => Prefixes().Replace((subject ?? string.Empty).Trim(), string.Empty).Trim();

    /// <summary>The key a reply without threading headers is matched on: the stripped subject, case and spacing folded.</summary>
    public static string Key(string? subject) => Spaces().Replace(Strip(subject), " ").ToLowerInvariant();

    /// <summary>The subject of the bot's reply: "Re: " before the thread's subject, never twice.</summary>
    public static string Reply(string? subject) => Strip(subject) is { Length: > 0 } stripped ? "Re: " + stripped : "Re: your message";

    [GeneratedRegex(@"^(?:(?:re|fw|fwd|aw|sv|vs|antw|wg|tr|rif|res|enc)\s*(?:\[\d+\])?\s*[:：]\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex Prefixes();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
