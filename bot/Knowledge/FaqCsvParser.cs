using System.Text;

namespace HandoffBot.Knowledge;

/// <summary>
/// Reads an FAQ exported as CSV with a header row naming <c>question</c>, <c>answer</c> and optionally <c>url</c>
/// (any order, RFC 4180 quoting). Each row is an article whose title is the question and whose passage is the answer.
/// </summary>
public static class FaqCsvParser
{
    public static IReadOnlyList<KnowledgeArticle> Parse(string fileId, string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = ReadRows(text.TrimStart('\uFEFF'), source);
        if (rows.Count == 0)
        {
            throw new KnowledgeFormatException($"{source}: empty file (a header row with question,answer[,url] is required).");
        }

        var header = rows[0].Select(h => h.Trim().ToLowerInvariant()).ToList();
        var question = header.IndexOf("question");
        var answer = header.IndexOf("answer");
        var url = header.IndexOf("url");
        if (question < 0 || answer < 0)
        {
            throw new KnowledgeFormatException($"{source}: the header row must name the columns 'question' and 'answer' (and optionally 'url').");
        }

        var articles = new List<KnowledgeArticle>();
        for (var i = 1; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (row.Count <= Math.Max(question, answer) || string.IsNullOrWhiteSpace(row[question]) || string.IsNullOrWhiteSpace(row[answer]))
            {
                throw new KnowledgeFormatException($"{source}: row {i + 1} has no question or no answer.");
            }

            var link = url >= 0 && url < row.Count && !string.IsNullOrWhiteSpace(row[url]) ? row[url].Trim() : null;
            articles.Add(new KnowledgeArticle(
                $"{fileId}-{i}", row[question].Trim(), link, ["faq"], [], [], PassageSplitter.Split(row[answer]), source));
        }

        return articles;
    }

    /// <summary>CSV rows with RFC 4180 quoting (commas, doubled quotes and line breaks inside quoted fields); <paramref name="source"/> names the file in errors.</summary>
    public static List<List<string>> ReadRows(string text, string source)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add(row);
                    row = [];
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (quoted)
        {
            throw new KnowledgeFormatException($"{source}: a quoted field is not closed.");
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
