using System.Text.RegularExpressions;

namespace HandoffBot.Knowledge;

/// <summary>
/// Splits a Markdown body into passages: a heading starts a section, and each paragraph (or list) in it is a passage,
/// so that an answer quotes a few sentences rather than the whole article. A list stays together with the sentence
/// that introduces it, since the list alone rarely makes sense.
/// </summary>
public static partial class PassageSplitter
{
    /// <summary>Paragraphs shorter than this many characters are joined with the next one.</summary>
    private const int MinPassageLength = 80;

    public static IReadOnlyList<KnowledgePassage> Split(string markdown)
    {
        var passages = new List<KnowledgePassage>();
        string? heading = null;
        var paragraph = new List<string>();

        foreach (var block in Blocks(markdown))
        {
            var headingMatch = Heading().Match(block);
            if (headingMatch.Success)
            {
                Flush(passages, heading, paragraph);
                heading = headingMatch.Groups["text"].Value.Trim();
                continue;
            }

            paragraph.Add(block);
            var joined = string.Join("\n", paragraph);
            // An introduction ending in a colon belongs with the list after it; a very short paragraph with the next.
            if (joined.Length >= MinPassageLength && !joined.TrimEnd().EndsWith(':'))
            {
                Flush(passages, heading, paragraph);
            }
        }

        Flush(passages, heading, paragraph);
        return passages;
    }

    /// <summary>A passage's paragraphs (blank-line separated), and each item of a list on its own: what a long passage is cut at.</summary>
    public static List<string> Items(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimStart();
            var startsItem = trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed.StartsWith("* ", StringComparison.Ordinal)
                || (trimmed.Length > 2 && char.IsDigit(trimmed[0]) && trimmed.IndexOf(". ", StringComparison.Ordinal) is > 0 and < 4);
            if (trimmed.Length == 0 || startsItem)
            {
                if (current.Length > 0)
                {
                    blocks.Add(current.ToString().Trim());
                    current.Clear();
                }
            }

            if (trimmed.Length > 0)
            {
                current.AppendLine(line);
            }
        }

        if (current.Length > 0)
        {
            blocks.Add(current.ToString().Trim());
        }

        return blocks;
    }

    private static void Flush(List<KnowledgePassage> passages, string? heading, List<string> paragraph)
    {
        if (paragraph.Count == 0)
        {
            return;
        }

        passages.Add(new KnowledgePassage(heading, string.Join("\n", paragraph).Trim()));
        paragraph.Clear();
    }

    private static IEnumerable<string> Blocks(string markdown) =>
        BlankLines().Split(markdown.Replace("\r\n", "\n", StringComparison.Ordinal))
            .SelectMany(SplitHeadings)
            .Select(b => b.Trim())
            .Where(b => b.Length > 0);

    // A heading line directly followed by text (no blank line) is still its own block.
    private static IEnumerable<string> SplitHeadings(string block)
    {
        var lines = block.Split('\n');
        var current = new List<string>();
        foreach (var line in lines)
        {
            if (Heading().IsMatch(line))
            {
                if (current.Count > 0)
                {
                    yield return string.Join("\n", current);
                    current.Clear();
                }

                yield return line;
                continue;
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            yield return string.Join("\n", current);
        }
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex Heading();
}
