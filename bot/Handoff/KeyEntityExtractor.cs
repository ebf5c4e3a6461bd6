using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.NumberWithUnit;
using Microsoft.Recognizers.Text.Sequence;

namespace HandoffBot.Handoff;

/// <summary>
/// Pulls emails, phone numbers, amounts, dates and order or ticket numbers out of customer messages (with
/// Microsoft.Recognizers.Text), so that the handoff summary shows them without the agent reading everything.
/// </summary>
public sealed partial class KeyEntityExtractor(TimeProvider timeProvider)
{
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Amount = "amount";
    public const string Date = "date";
    public const string Reference = "reference";

    public IReadOnlyList<KeyEntity> Extract(IEnumerable<string> messages)
    {
        var found = new List<KeyEntity>();
        var now = timeProvider.GetLocalNow().DateTime;
        foreach (var text in messages.Where(m => !string.IsNullOrWhiteSpace(m)))
        {
            var references = ReferenceNumber().Matches(text).Select(m => new KeyEntity(Reference, m.Value, m.Groups["number"].Value)).ToList();
            found.AddRange(references);
            found.AddRange(SequenceRecognizer.RecognizeEmail(text, Culture.English).Select(r => From(Email, r)));
            found.AddRange(SequenceRecognizer.RecognizePhoneNumber(text, Culture.English)
                .Where(r => !references.Any(reference => reference.Text.Contains(r.Text, StringComparison.Ordinal)))
                .Select(r => From(Phone, r)));
            found.AddRange(NumberWithUnitRecognizer.RecognizeCurrency(text, Culture.English).Select(r => From(Amount, r)));
            found.AddRange(DateTimeRecognizer.RecognizeDateTime(text, Culture.English, DateTimeOptions.None, now)
                .Where(r => r.TypeName.StartsWith("datetimeV2.date", StringComparison.Ordinal))
                .Select(r => NearestDate(r, now)));
        }

        return [.. found.DistinctBy(e => (e.Type, e.Value))];
    }

    // A date without a year resolves to last and next occurrence; the one nearer today is what people mean.
    private static KeyEntity NearestDate(ModelResult result, DateTime now)
    {
        if (result.Resolution?.TryGetValue("values", out var values) == true && values is IEnumerable<Dictionary<string, string>> list)
        {
            var nearest = list
                .Select(v => v.GetValueOrDefault("value"))
                .Where(v => DateTime.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
                .OrderBy(v => Math.Abs((DateTime.Parse(v!, System.Globalization.CultureInfo.InvariantCulture) - now).TotalDays))
                .FirstOrDefault();
            if (nearest is not null)
            {
                return new KeyEntity(Date, result.Text, nearest);
            }
        }

        return From(Date, result);
    }

    private static KeyEntity From(string type, ModelResult result)
    {
        var value = result.Resolution switch
        {
            { } resolution when resolution.TryGetValue("value", out var v) && v is not null => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!,
            { } resolution when resolution.TryGetValue("values", out var vs) && vs is List<Dictionary<string, string>> list && list.Count > 0
                => list[^1].GetValueOrDefault("value") ?? list[^1].GetValueOrDefault("timex") ?? result.Text,
            _ => result.Text,
        };
        if (type == Amount && result.Resolution?.TryGetValue("unit", out var unit) == true)
        {
            value = $"{value} {unit}";
        }

        return new KeyEntity(type, result.Text, value);
    }

    // "order 10432", "ticket #TK-2291", "invoice INV-2024-0042", "case no. 88123"
    [GeneratedRegex(@"\b(?:order|ticket|case|invoice|ref(?:erence)?)\s*(?:no\.?|number|#)?\s*[:#]?\s*(?<number>[A-Z]{0,4}-?\d[\d-]{3,})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceNumber();
}
