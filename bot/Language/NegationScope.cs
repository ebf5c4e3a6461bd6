using System.Text.RegularExpressions;

namespace HandoffBot.Language;

/// <summary>
/// Finds a negated request inside one clause: a negation of wanting, needing or asking ("I don't want to cancel",
/// "not asking for a refund", "no need for a human", "never mind the refund"). Plain negations that describe the
/// problem ("it's not working", "I can't log in") are not requests and are left alone. The scope runs from the cue to
/// the end of the clause, or to a fresh request ("... get me a human", "... I want to downgrade").
/// </summary>
internal static partial class NegationScope
{
    [GeneratedRegex(
        @"\b(?:(?:do|does|did|would|will|am|is|are|was|were)\s*n[o']?t|dont|doesnt|didnt|wont|wouldnt|isnt|arent|im\s+not|i'm\s+not|not|never|no)\s+(?:really\s+|actually\s+|even\s+|at\s+all\s+)?(?:want(?:ing)?|wanna|need(?:ing)?|think|believe|wish(?:ing)?|plan(?:ning)?|intend(?:ing)?|ask(?:ed|ing)?|said|wanted|looking|trying|going|gonna|mean(?:ing)?|request(?:ed|ing)?|interested|after|about|for)\b"
        + @"|\bno\s+(?:need|thanks|thank\s+you)\b|\bnever\s*mind\b|\bnot\s+(?:a|an)\b|\bdon'?t\s+(?:cancel|refund|escalate|transfer|close|delete|put\s+me|connect\s+me|pass\s+me)\b|\b(?:nobody|no\s+one)\s+needs?\s+to\b|\b(?:stop|quit)\s+(?:offering|suggesting|pushing|sending|transferring|passing)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex CueRegex();

    [GeneratedRegex(@"\b(?:(?:get|give|let|put|connect|transfer|send|find)\s+me|i\s+(?:want|need|would\s+like|wanna)|i'?d\s+like|please)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResumeRegex();

    /// <summary>
    /// What a negated span negates, without its cue and without a closing "anymore" ("don't want to cancel" → "to
    /// cancel"; "don't want my account anymore" → "my account"): the thing itself, to be compared with what the whole
    /// clause asks for.
    /// </summary>
    public static string Content(string negatedSpan)
    {
        ArgumentNullException.ThrowIfNull(negatedSpan);
        var cue = CueRegex().Match(negatedSpan);
        var content = cue.Success ? negatedSpan[(cue.Index + cue.Length)..] : negatedSpan;
        return TextFeatures.Tidy(LingerRegex().Replace(content, string.Empty));
    }

    /// <summary>
    /// True when what a negation negates is a person and nothing else ("support", "an agent", "a human for that"):
    /// declining a person, which takes back whatever the clause resembles ("I'm fine without support").
    /// </summary>
    public static bool IsAPerson(string content) => PersonRegex().IsMatch(TextFeatures.Tidy(content));

    [GeneratedRegex(
        @"^(?:(?:a|an|any|the|your|some|one|real|actual|live|human)\s+){0,2}(?:humans?|persons?|people|agents?|someone|somebody|anyone|anybody|representatives?|reps?|managers?|supervisors?|staff|operators?|employees?|support|support\s+(?:staff|team|agents?))(?:\s+(?:for|on|about|with)\s+\w+)?[.!?]*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex PersonRegex();

    [GeneratedRegex(@"\s+(?:any\s*more|any\s+longer|now|at\s+all)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LingerRegex();

    /// <summary>
    /// When the clause holds a negated request, returns true with <paramref name="remainder"/> = the clause without the
    /// negated span and <paramref name="negatedSpan"/> = that span.
    /// </summary>
    public static bool TryStrip(string clause, out string remainder, out string negatedSpan)
    {
        var cue = CueRegex().Match(clause);
        if (!cue.Success)
        {
            remainder = clause;
            negatedSpan = string.Empty;
            return false;
        }

        var end = clause.Length;
        var resume = ResumeRegex().Match(clause, cue.Index + cue.Length);
        if (resume.Success)
        {
            end = resume.Index;
        }

        negatedSpan = TextFeatures.Tidy(clause[cue.Index..end]);
        remainder = TextFeatures.Tidy(clause[..cue.Index] + " " + clause[end..]);
        return true;
    }
}
