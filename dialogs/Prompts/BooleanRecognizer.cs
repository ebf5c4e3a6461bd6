using HandoffBot.Dialogs.Choices;

namespace HandoffBot.Dialogs.Prompts;

/// <summary>Recognizes English yes/no replies (Microsoft.Recognizers.Text.Choice is not available here).</summary>
public static class BooleanRecognizer
{
    private static readonly HashSet<string> _yesPhrases =
    [
        "yes", "y", "yeah", "yea", "yep", "yup", "ya", "sure", "ok", "okay", "k", "kk", "affirmative", "correct", "right",
        "true", "absolutely", "definitely", "certainly", "of course", "yes please", "please do", "go ahead", "sounds good",
        "that s right", "that is right", "i do", "why not",
    ];

    private static readonly HashSet<string> _noPhrases =
    [
        "no", "n", "nope", "nah", "no thanks", "no thank you", "not really", "negative", "false", "never", "not now",
        "no way", "i don t", "i do not", "don t", "do not", "not at all", "wrong", "incorrect",
    ];

    // A reply that starts with a clear yes or no word ("yes, book it", "no I don't") counts, longer phrases aside.
    private static readonly HashSet<string> _yesLeads = ["yes", "yeah", "yep", "yup", "sure", "ok", "okay", "absolutely", "definitely"];
    private static readonly HashSet<string> _noLeads = ["no", "nope", "nah", "never"];

    public static bool? Recognize(string? text)
    {
        var words = ChoiceRecognizer.Tokenize(text ?? string.Empty);
        if (words.Length == 0)
        {
            return null;
        }

        var phrase = string.Join(' ', words);
        if (_yesPhrases.Contains(phrase))
        {
            return true;
        }

        if (_noPhrases.Contains(phrase))
        {
            return false;
        }

        return _yesLeads.Contains(words[0]) ? true
            : _noLeads.Contains(words[0]) ? false
            : null;
    }
}
