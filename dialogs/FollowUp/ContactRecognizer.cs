using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Sequence;

namespace HandoffBot.Dialogs.FollowUp;

/// <summary>Reads an email address or a phone number out of a reply ("sure, it's jo@example.com"), with Microsoft.Recognizers.Text.</summary>
public static class ContactRecognizer
{
    public static string? Email(string? text) => First(text, t => SequenceRecognizer.RecognizeEmail(t, Culture.English));

    public static string? Phone(string? text) => First(text, t => SequenceRecognizer.RecognizePhoneNumber(t, Culture.English));

    private static string? First(string? text, Func<string, List<ModelResult>> recognize)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var found = recognize(text).FirstOrDefault();
        return found is null ? null : found.Resolution.TryGetValue("value", out var value) ? value?.ToString() : found.Text;
    }
}
