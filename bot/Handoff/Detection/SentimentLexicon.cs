namespace HandoffBot.Handoff.Detection;

/// <summary>
/// A small English lexicon for support conversations: valences on a -4..4 scale (after VADER), phrases first, plus
/// intensifiers (a multiplier for the next sentiment word) and negators (which flip it).
/// </summary>
internal static class SentimentLexicon
{
    /// <summary>Multi-word entries, matched on the word sequence before single words.</summary>
    public static IReadOnlyDictionary<string, double> Phrases { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["third time"] = -2.2, ["fourth time"] = -2.6, ["fifth time"] = -2.8, ["second time"] = -1.4, ["how many times"] = -2.2,
        ["still not working"] = -2.6, ["still doesnt work"] = -2.6, ["still broken"] = -2.5, ["still waiting"] = -2.0,
        ["not working"] = -1.5, ["doesnt work"] = -1.5, ["does not work"] = -1.5, ["didnt work"] = -1.4, ["did not work"] = -1.4,
        ["waste of time"] = -2.8, ["waste of money"] = -2.8, ["a joke"] = -2.4, ["fed up"] = -2.8, ["sick of"] = -2.6, ["sick and tired"] = -3.0,
        ["no one"] = -1.0, ["nobody helps"] = -2.2, ["over and over"] = -1.8, ["had enough"] = -2.6, ["last straw"] = -3.0,
        ["thank you"] = 1.8, ["thanks a lot"] = 2.0, ["that worked"] = 2.0, ["it worked"] = 2.0, ["works now"] = 2.0, ["all good"] = 1.8,
        ["makes sense"] = 1.2, ["very helpful"] = 2.6,
        // Demands and value complaints: common in angry tickets, with no single "angry" word in them.
        ["fix it now"] = -2.4, ["fix this now"] = -2.4, ["fix it asap"] = -2.2, ["i pay for"] = -1.2, ["we pay for"] = -1.2,
        ["what am i paying for"] = -2.6, ["what are we paying for"] = -2.6, ["is back again"] = -1.8, ["broke again"] = -2.0,
        // Telling the bot it fails them: "you're not helping", "this is going nowhere".
        ["youre not helping"] = -2.6, ["you are not helping"] = -2.6, ["not helping"] = -2.0, ["not helpful"] = -1.8,
        ["going nowhere"] = -2.2, ["going in circles"] = -2.2, ["nothing works"] = -2.2, ["three times"] = -1.8,
        ["already asked"] = -1.6, ["kidding me"] = -2.4,
    };

    public static IReadOnlyDictionary<string, double> Words { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        // Negative: frustration and anger in support conversations.
        ["frustrated"] = -2.5, ["frustrating"] = -2.5, ["frustration"] = -2.3, ["ridiculous"] = -2.6, ["unacceptable"] = -3.0,
        ["useless"] = -2.6, ["waste"] = -2.0, ["wasted"] = -2.2, ["wasting"] = -2.2, ["angry"] = -3.0, ["furious"] = -3.4,
        ["livid"] = -3.4, ["terrible"] = -3.0, ["horrible"] = -3.0, ["awful"] = -3.0, ["worst"] = -3.2, ["scam"] = -3.0,
        ["fraud"] = -3.0, ["joke"] = -1.6, ["pathetic"] = -3.0, ["incompetent"] = -3.0, ["disgusting"] = -3.2,
        ["disappointed"] = -2.4, ["disappointing"] = -2.4, ["annoyed"] = -2.0, ["annoying"] = -2.0, ["upset"] = -2.2,
        ["hate"] = -2.8, ["bad"] = -2.0, ["poor"] = -1.8, ["broken"] = -1.6, ["rubbish"] = -2.6, ["garbage"] = -2.8,
        ["nonsense"] = -2.2, ["outrageous"] = -3.0, ["unbelievable"] = -1.8, ["wtf"] = -3.0, ["ugh"] = -1.6, ["sucks"] = -2.6,
        ["stupid"] = -2.6, ["slow"] = -1.0, ["ignored"] = -2.2, ["ignoring"] = -2.0, ["lied"] = -2.8, ["misleading"] = -2.2,
        ["fail"] = -1.8, ["failed"] = -1.6, ["failing"] = -1.6, ["fails"] = -1.6, ["problem"] = -0.6, ["issue"] = -0.4,
        ["again"] = -0.6, ["still"] = -0.5, ["unhappy"] = -2.4, ["sad"] = -1.8, ["worse"] = -2.4, ["crap"] = -2.8, ["damn"] = -2.0,
        ["hopeless"] = -2.6, ["nightmare"] = -2.8, ["sigh"] = -1.2, ["seriously"] = -0.8, ["enough"] = -0.4,
        // Positive.
        ["thanks"] = 1.8, ["thank"] = 1.6, ["thx"] = 1.4, ["great"] = 2.6, ["good"] = 1.8, ["excellent"] = 3.0, ["perfect"] = 3.0,
        ["awesome"] = 3.0, ["amazing"] = 3.0, ["fantastic"] = 3.0, ["brilliant"] = 3.0, ["love"] = 2.8, ["helpful"] = 2.2,
        ["happy"] = 2.2, ["glad"] = 2.0, ["appreciate"] = 2.2, ["appreciated"] = 2.2, ["nice"] = 1.8, ["cool"] = 1.2,
        ["worked"] = 1.4, ["works"] = 1.0, ["resolved"] = 1.6, ["fixed"] = 1.6, ["solved"] = 1.6, ["fine"] = 0.8,
        ["pleased"] = 2.2, ["satisfied"] = 2.0, ["easy"] = 1.4, ["quick"] = 1.2, ["fast"] = 1.2, ["wonderful"] = 3.0,
        ["lovely"] = 2.6, ["cheers"] = 1.4, ["ok"] = 0.3, ["okay"] = 0.3,
    };

    public static IReadOnlyDictionary<string, double> Intensifiers { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["extremely"] = 1.5, ["very"] = 1.3, ["really"] = 1.3, ["so"] = 1.3, ["totally"] = 1.4, ["absolutely"] = 1.5,
        ["completely"] = 1.5, ["incredibly"] = 1.5, ["utterly"] = 1.5, ["super"] = 1.3, ["truly"] = 1.3, ["beyond"] = 1.4,
        ["most"] = 1.3, ["such"] = 1.2, ["too"] = 1.2, ["fucking"] = 1.6, ["bloody"] = 1.4, ["damn"] = 1.4, ["insanely"] = 1.5,
    };

    /// <summary>Words that flip the sentiment of a lexicon word up to three words after them (apostrophes removed).</summary>
    public static IReadOnlySet<string> Negators { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "not", "no", "never", "dont", "doesnt", "didnt", "isnt", "wasnt", "arent", "werent", "cant", "cannot", "wont",
        "wouldnt", "couldnt", "shouldnt", "hasnt", "havent", "hadnt", "aint", "nothing", "neither", "nor", "without",
    };
}
