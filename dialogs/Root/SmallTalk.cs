using System.Text;

namespace HandoffBot.Dialogs.Root;

/// <summary>
/// Everyday conversation: greetings, thanks, goodbyes, "are you a bot?", "is anyone there?". A message is small talk
/// only when nothing is left of it once its small-talk phrases and filler words are taken away, so "hi, where is my
/// order?" is a question and "thanks, bye" is a goodbye. Small talk gets a short natural reply and is never a
/// knowledge-base miss.
/// </summary>
public static class SmallTalk
{
    private const int MaxWords = 14;

    private static readonly Dictionary<SmallTalkKind, string[]> Phrases = new()
    {
        [SmallTalkKind.Greeting] =
        [
            "hi", "hii", "hello", "helo", "hallo", "hellooo", "hey", "heya", "hiya", "howdy", "yo", "greetings", "good morning",
            "good afternoon", "good evening", "good day", "morning", "afternoon", "evening", "how are you", "how are you doing",
            "how is it going", "hows it going", "whats up", "sup",
        ],
        [SmallTalkKind.Thanks] =
        [
            "thanks", "thank you", "thank u", "thx", "ty", "tnx", "cheers", "many thanks", "thanks a lot", "thanks a ton",
            "thanks so much", "thank you so much", "thank you very much", "much appreciated", "appreciate it", "i appreciate it",
            "appreciated", "that helps", "that helped", "that was helpful", "very helpful", "super helpful",
        ],
        [SmallTalkKind.Goodbye] =
        [
            "bye", "bye bye", "byebye", "goodbye", "good bye", "see you", "see ya", "see you later", "cya", "later",
            "take care", "good night", "have a good day", "have a nice day", "have a great day", "have a good one",
            "have a good night", "thats all", "that is all", "thats it", "that is it", "thats all for now", "nothing else",
            "im done", "i am done", "all good", "all set", "im all set", "i am all set",
        ],
        [SmallTalkKind.AnyoneThere] =
        [
            "is anyone there", "anyone there", "is anybody there", "anybody there", "is someone there", "someone there",
            "anyone", "anybody", "are you there", "you there", "are you still there", "still there", "is anyone here",
            "anyone here", "hello anyone",
        ],
        [SmallTalkKind.BotQuestion] =
        [
            "are you a bot", "are you a robot", "are you a machine", "are you an ai", "are you ai", "are you real",
            "are you human", "are you a human", "are you a person", "are you a real person", "are you a real human",
            "is this a bot", "is this a robot", "is this automated", "is this a real person", "is this a human",
            "am i talking to a bot", "am i talking to a robot", "am i talking to a machine", "am i talking to a human",
            "am i talking to a person", "am i talking to a real person", "am i chatting with a bot",
            "am i chatting with a real person", "who am i talking to", "who am i chatting with", "is this a chatbot",
            "are you a chatbot",
        ],
    };

    // Words that carry no request of their own around small talk ("ok thanks", "hi there", "great, thank you again").
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "ok", "okay", "oh", "ah", "well", "um", "uh", "so", "and", "great", "awesome", "perfect", "cool", "nice", "again",
        "there", "guys", "team", "folks", "everyone", "all", "very", "much", "really", "just", "please", "then", "lol",
        "yes", "yeah", "yep", "got", "it", "gotcha", "alright", "right",
    };

    private static readonly (SmallTalkKind Kind, string[] Words)[] Index =
        [.. Phrases.SelectMany(p => p.Value.Select(v => (p.Key, v.Split(' ')))).OrderByDescending(p => p.Item2.Length)];

    /// <summary>The kind of small talk <paramref name="text"/> is, or null when it asks or says anything else.</summary>
    public static SmallTalkKind? Read(string? text)
    {
        var words = Words(text);
        if (words.Count == 0 || words.Count > MaxWords)
        {
            return null;
        }

        var found = new HashSet<SmallTalkKind>();
        for (var i = 0; i < words.Count;)
        {
            var match = Index.FirstOrDefault(p => Matches(words, i, p.Words));
            if (match.Words is not null)
            {
                found.Add(match.Kind);
                i += match.Words.Length;
            }
            else if (Fillers.Contains(words[i]))
            {
                i++;
            }
            else
            {
                return null;
            }
        }

        return found switch
        {
            _ when found.Contains(SmallTalkKind.BotQuestion) => SmallTalkKind.BotQuestion,
            _ when found.Contains(SmallTalkKind.AnyoneThere) => SmallTalkKind.AnyoneThere,
            _ when found.Contains(SmallTalkKind.Goodbye) && found.Contains(SmallTalkKind.Thanks) => SmallTalkKind.ThanksAndGoodbye,
            _ when found.Contains(SmallTalkKind.Goodbye) => SmallTalkKind.Goodbye,
            _ when found.Contains(SmallTalkKind.Thanks) => SmallTalkKind.Thanks,
            _ when found.Contains(SmallTalkKind.Greeting) => SmallTalkKind.Greeting,
            _ => null,
        };
    }

    /// <summary>The short reply to <paramref name="kind"/>.</summary>
    public static string Reply(SmallTalkKind kind) => kind switch
    {
        SmallTalkKind.Greeting => RootMessages.SmallTalkGreeting,
        SmallTalkKind.Thanks => RootMessages.SmallTalkThanks,
        SmallTalkKind.Goodbye => RootMessages.SmallTalkGoodbye,
        SmallTalkKind.ThanksAndGoodbye => RootMessages.SmallTalkThanksAndGoodbye,
        SmallTalkKind.AnyoneThere => RootMessages.SmallTalkAnyoneThere,
        SmallTalkKind.BotQuestion => RootMessages.SmallTalkBotQuestion,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static bool Matches(List<string> words, int start, string[] phrase)
    {
        if (start + phrase.Length > words.Count)
        {
            return false;
        }

        for (var j = 0; j < phrase.Length; j++)
        {
            if (!string.Equals(words[start + j], phrase[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // Lower case, apostrophes dropped ("how's" → "hows"), everything else that is not a letter or digit a separator;
    // letters repeated for emphasis are folded ("hiiii", "thanksss") to two.
    private static List<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is '\'' or '’')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (!(word.Length >= 2 && word[^1] == c && word[^2] == c))
                {
                    word.Append(c);
                }

                continue;
            }

            Flush(word, words);
        }

        Flush(word, words);
        return words;
    }

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length > 0)
        {
            words.Add(Fold(word.ToString()));
            word.Clear();
        }
    }

    // "hii", "thankss", "byee", "helloo" → the dictionary's spelling.
    private static string Fold(string word) => word switch
    {
        "hii" or "hiii" => "hi",
        "byee" or "byeee" => "bye",
        "helloo" => "hellooo",
        "thankss" => "thanks",
        "heyy" => "hey",
        _ => word,
    };
}
