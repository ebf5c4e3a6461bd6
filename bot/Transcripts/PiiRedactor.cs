using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Transcripts;

/// <summary>
/// Masks personal data that must never reach storage or an agent's screen: card numbers (13–19 digits passing Luhn,
/// last four kept), CVV/CVC codes, and the word after "password"/"passcode"/"pwd". Emails, phone numbers, order
/// numbers and amounts are kept on purpose: agents need them.
/// </summary>
public static partial class PiiRedactor
{
    public const string Redacted = "[redacted]";

    // Words that commonly follow "password" in support requests and are not the secret itself
    // ("my password is not working", "password reset"). Anything else after the keyword is masked.
    private static readonly HashSet<string> NotSecrets = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "for", "to", "of", "in", "on", "at", "by", "with", "without", "from",
        "is", "was", "are", "be", "been", "has", "have", "had", "does", "did", "do", "will", "would", "can", "cannot",
        "can't", "could", "should", "not", "no", "isn't", "wasn't", "doesn't", "didn't", "don't", "won't", "never",
        "still", "again", "anymore", "too", "also", "just", "now", "so", "then", "because", "when", "if", "that",
        "this", "it", "my", "your", "i", "reset", "change", "changed", "expired", "wrong", "incorrect", "invalid",
        "locked", "forgot", "field", "page", "link", "manager", "policy", "requirements", "please", "help", "working",
    };

    /// <summary>Returns the text with card numbers, CVV codes and passwords masked; null stays null.</summary>
    public static string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var masked = CardNumber().Replace(text, MaskCard);
        masked = SecurityCode().Replace(masked, m => m.Groups["label"].Value + m.Groups["sep"].Value + Redacted);
        return Password().Replace(masked, MaskPassword);
    }

    /// <summary>
    /// A masked deep copy of the activity (text, speak, summary, and every string inside value, channelData and
    /// attachment content). The activity passed in is not modified: the bot keeps seeing what the user wrote.
    /// </summary>
    public static Activity RedactActivity(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var clone = TranscriptJson.Clone(activity);
        clone.Text = Redact(clone.Text);
        clone.Speak = Redact(clone.Speak);
        clone.Summary = Redact(clone.Summary);
        clone.Value = RedactToken(clone.Value);
        clone.ChannelData = RedactToken(clone.ChannelData);
        foreach (var attachment in clone.Attachments ?? [])
        {
            attachment.Content = RedactToken(attachment.Content);
        }

        return clone;
    }

    /// <summary>True when the digits (separators ignored) pass the Luhn check used by payment card numbers.</summary>
    public static bool PassesLuhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var count = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            if (!char.IsAsciiDigit(digits[i]))
            {
                continue;
            }

            var d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            count++;
            doubleIt = !doubleIt;
        }

        return count > 0 && sum % 10 == 0;
    }

    private static object? RedactToken(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                return Redact(text);
            case JToken token:
                RedactInPlace(token);
                return token;
            default:
                var converted = JToken.FromObject(value);
                RedactInPlace(converted);
                return converted;
        }
    }

    private static void RedactInPlace(JToken token)
    {
        var leaves = token is JContainer container ? container.DescendantsAndSelf().OfType<JValue>() : new[] { token }.OfType<JValue>();
        foreach (var leaf in leaves.Where(v => v.Type == JTokenType.String).ToList())
        {
            // Form fields named like a secret (an Adaptive Card "password" input) are masked whole.
            var isSecretField = leaf.Parent is JProperty property && SecretFieldName().IsMatch(property.Name);
            leaf.Value = isSecretField ? Redacted : Redact((string?)leaf.Value);
        }
    }

    private static string MaskCard(Match match)
    {
        var digits = new string(match.Value.Where(char.IsAsciiDigit).ToArray());
        return digits.Length is >= 13 and <= 19 && PassesLuhn(digits)
            ? $"[card ****{digits[^4..]}]"
            : match.Value;
    }

    private static string MaskPassword(Match match)
    {
        // Punctuation and Markdown emphasis are trimmed only to recognise a harmless word ("not,", the "?**" that
        // closes "**Forgot password?**" in an answer); a secret is masked whole, since a trailing "!" may belong to it.
        var word = match.Groups["secret"].Value.Trim('.', ',', ';', ':', '!', '?', '(', ')', '"', '\'', '*', '_', '`');
        if (word.Length == 0 || NotSecrets.Contains(word))
        {
            return match.Value;
        }

        return match.Groups["label"].Value + match.Groups["sep"].Value + Redacted;
    }

    // 13–19 digits, single spaces or dashes allowed between them; Luhn is checked in MaskCard.
    [GeneratedRegex(@"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex CardNumber();

    [GeneratedRegex(
        @"\b(?<label>cvv2?|cvc2?|cv2|csc|security\s+code)\b(?<sep>[^\d\r\n]{0,20}?)(?<code>\d{3,4})(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecurityCode();

    [GeneratedRegex(
        @"\b(?<label>pass(?:word|code|wd|phrase)s?|pwd)\b(?<sep>(?:\s*(?:(?:is|was)\b|[:=-]))*\s*)(?<secret>[^\s\[]\S*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Password();

    [GeneratedRegex(@"pass(?:word|code|wd|phrase)|^pwd$|^pin$|cvv|cvc|security_?code", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretFieldName();
}
