using System.Text.RegularExpressions;

namespace HandoffBot.Handoff.Detection;

/// <summary>
/// A few explicit features of a clause, for where meaning alone is weak: the sentence encoder reads "how do I
/// request a refund" close to "I want a refund", and "I need a human to look at this issue" close to a complaint.
/// Whether the clause asks for information, demands something, names a person, asks to reach one, and is negated:
/// appended to the embedding the trigger classifier reads, learned from the pool like everything else.
/// </summary>
public static partial class RequestFeatures
{
    public const int Count = 5;

    // About the size of an embedding's larger components, so that training starts with neither side drowned out.
    private const float On = 0.25f;

    public static float[] Append(ReadOnlySpan<float> embedding, string text)
    {
        var vector = new float[embedding.Length + Count];
        embedding.CopyTo(vector);
        var i = embedding.Length;
        vector[i++] = InformationQuestion().IsMatch(text) ? On : 0;
        vector[i++] = Demand().IsMatch(text) ? On : 0;
        vector[i++] = Person().IsMatch(text) ? On : 0;
        vector[i++] = ReachAPerson().IsMatch(text) ? On : 0;
        vector[i] = Negation().IsMatch(text) ? On : 0;
        return vector;
    }

    /// <summary>The features present in <paramref name="text"/>, in words, for decision traces ("demands, names a person").</summary>
    public static string Describe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var present = new List<string>(Count);
        if (InformationQuestion().IsMatch(text))
        {
            present.Add("asks for information");
        }

        if (Demand().IsMatch(text))
        {
            present.Add("demands");
        }

        if (ReachAPerson().IsMatch(text))
        {
            present.Add("asks to reach a person");
        }
        else if (Person().IsMatch(text))
        {
            present.Add("names a person");
        }

        if (Negation().IsMatch(text))
        {
            present.Add("negated");
        }

        return string.Join(", ", present);
    }

    [GeneratedRegex(@"^\W*(?:how|where|what|whats|what's|when|why|which|who|is\s+there\s+a\s+way|are\s+there|do\s+you|does|do\s+i|is\s+it)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InformationQuestion();

    [GeneratedRegex(@"\b(?:i|we)\s+(?:want|need|demand|expect|insist)\b|\b(?:i|we)(?:'?d|\s+would)\s+like\b|\b(?:give|get|put|connect|transfer|send|let)\s+(?:me|us)\b|\bplease\b|\bpls\b|\bnow\b|\basap\b", RegexOptions.IgnoreCase)]
    private static partial Regex Demand();

    [GeneratedRegex(@"\b(?:human|humans|person|people|agent|agents|someone|somebody|anyone|anybody|representative|rep|manager|supervisor|staff|colleague|operator|employee|specialist|support|service|services)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Person();

    [GeneratedRegex(@"\b(?:talk|speak|chat|connect|transfer|through|escalate|call|reach|contact|pass|hand)\b.{0,30}?\b(?:human|person|agent|someone|somebody|representative|manager|supervisor|staff|colleague|operator|employee|support|team|department)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReachAPerson();

    [GeneratedRegex(@"\b(?:not|no|never|without|don'?t|doesn'?t|didn'?t|isn'?t|wasn'?t|won'?t|nobody|nothing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();
}
