using System.Globalization;
using System.Text.Json;

namespace HandoffBot.Knowledge;

/// <summary>
/// Reads a Zendesk Help Center articles export (<c>{"articles":[{"id","title","body","html_url","label_names"}]}</c>,
/// the shape of <c>GET /api/v2/help_center/articles.json</c>). The HTML body is turned into passages; labels become tags.
/// Drafts and articles without a title or body are left out.
/// </summary>
public static class ZendeskExportParser
{
    public static IReadOnlyList<KnowledgeArticle> Parse(string text, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new KnowledgeFormatException($"{source}: not valid JSON (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("articles", out var items)
                || items.ValueKind != JsonValueKind.Array)
            {
                throw new KnowledgeFormatException($"{source}: expected a Zendesk export: an object with an \"articles\" array.");
            }

            var articles = new List<KnowledgeArticle>();
            foreach (var item in items.EnumerateArray())
            {
                var title = String(item, "title");
                var body = String(item, "body");
                if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(body) || (item.TryGetProperty("draft", out var draft) && draft.ValueKind == JsonValueKind.True))
                {
                    continue;
                }

                var id = item.TryGetProperty("id", out var idElement)
                    ? idElement.ValueKind == JsonValueKind.Number ? idElement.GetInt64().ToString(CultureInfo.InvariantCulture) : idElement.GetString()
                    : null;
                var labels = item.TryGetProperty("label_names", out var names) && names.ValueKind == JsonValueKind.Array
                    ? names.EnumerateArray().Where(n => n.ValueKind == JsonValueKind.String).Select(n => n.GetString()!).ToList()
                    : [];
                articles.Add(new KnowledgeArticle(
                    "zendesk-" + (id ?? articles.Count.ToString(CultureInfo.InvariantCulture)),
                    title.Trim(),
                    String(item, "html_url"),
                    labels,
                    [],
                    [],
                    PassageSplitter.Split(HtmlText.ToMarkdown(body)),
                    source));
            }

            return articles;
        }
    }

    private static string? String(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
