using System.Text.Json;
using System.Text.Json.Nodes;

namespace HandoffBot.Evaluation;

/// <summary>
/// A labeled conversation set (docs/DESIGN.md, "Labeled conversation sets"): a folder with <c>kb/</c>,
/// <c>customers.json</c> and <c>conversations.json</c> = <c>{"about", "conversations": [...]}</c>.
/// </summary>
public sealed class ConversationSet
{
    private ConversationSet(string folder, string about, IReadOnlyList<LabeledConversation> conversations)
    {
        Folder = folder;
        About = about;
        Conversations = conversations;
    }

    public string Folder { get; }

    public string About { get; }

    public IReadOnlyList<LabeledConversation> Conversations { get; }

    public string CustomersPath => Path.Combine(Folder, "customers.json");

    public string KnowledgePath => Path.Combine(Folder, "kb");

    public string ConversationsPath => Path.Combine(Folder, "conversations.json");

    /// <summary>Loads and validates a set; throws <see cref="ConversationSetException"/> naming the file and conversation.</summary>
    public static ConversationSet Load(string folder)
    {
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            throw new ConversationSetException($"Set folder not found: {full}");
        }

        var file = Path.Combine(full, "conversations.json");
        if (!File.Exists(file))
        {
            throw new ConversationSetException($"{file}: not found (a set folder holds kb/, customers.json and conversations.json).");
        }

        if (!File.Exists(Path.Combine(full, "customers.json")))
        {
            throw new ConversationSetException($"{Path.Combine(full, "customers.json")}: not found.");
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(file), documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new ConversationSetException($"{file}: not valid JSON: {e.Message}", e);
        }

        if (root is not JsonObject rootObject || rootObject["conversations"] is not JsonArray items)
        {
            throw new ConversationSetException($"{file}: expected an object {{\"about\": ..., \"conversations\": [...]}}.");
        }

        var conversations = new List<LabeledConversation>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var conversation = Parse(file, i, items[i]);
            if (!ids.Add(conversation.Id))
            {
                throw new ConversationSetException($"{file}: conversation '{conversation.Id}' (#{i + 1}): the id is used twice.");
            }

            conversations.Add(conversation);
        }

        if (conversations.Count == 0)
        {
            throw new ConversationSetException($"{file}: no conversations.");
        }

        var about = rootObject["about"] is JsonValue v && v.TryGetValue<string>(out var text) ? text : string.Empty;
        return new ConversationSet(full, about, conversations);
    }

    private static LabeledConversation Parse(string file, int index, JsonNode? node)
    {
        if (node is not JsonObject item)
        {
            throw new ConversationSetException($"{file}: conversation #{index + 1}: expected an object.");
        }

        var id = String(item, "id");
        var where = $"{file}: conversation '{id ?? $"#{index + 1}"}'";
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ConversationSetException($"{where}: 'id' is missing or not a string.");
        }

        var kind = String(item, "kind");
        if (string.IsNullOrWhiteSpace(kind))
        {
            throw new ConversationSetException($"{where}: 'kind' is missing or not a string.");
        }

        var expect = String(item, "expect");
        if (expect is not (LabeledConversation.ExpectHandoff or LabeledConversation.ExpectNone))
        {
            throw new ConversationSetException($"{where}: 'expect' must be \"handoff\" or \"none\", not {item["expect"]?.ToJsonString() ?? "missing"}.");
        }

        var customer = item["customer"] is null ? null : String(item, "customer")
            ?? throw new ConversationSetException($"{where}: 'customer' must be a string (a profile id in customers.json).");

        if (item["turns"] is not JsonArray turnItems || turnItems.Count == 0)
        {
            throw new ConversationSetException($"{where}: 'turns' must be a non-empty array.");
        }

        var turns = new List<ConversationTurn>();
        for (var t = 0; t < turnItems.Count; t++)
        {
            turns.Add(turnItems[t] switch
            {
                JsonValue value when value.TryGetValue<string>(out var text) => new ConversationTurn(text, null),
                JsonObject turn when String(turn, "text") is { } text && turn["channelData"] is null or JsonObject =>
                    new ConversationTurn(text, turn["channelData"]?.DeepClone().AsObject()),
                _ => throw new ConversationSetException($"{where}: turn {t + 1} must be a string or {{\"text\": \"...\", \"channelData\": {{...}}}}."),
            });
        }

        int? by = null;
        if (expect == LabeledConversation.ExpectHandoff)
        {
            if (item["by"] is not JsonValue byValue || !byValue.TryGetValue<int>(out var n))
            {
                throw new ConversationSetException($"{where}: 'by' (the 1-based turn the handoff must have started by) is required when expect is \"handoff\".");
            }

            if (n < 1 || n > turns.Count)
            {
                throw new ConversationSetException($"{where}: 'by' is {n}, outside 1..{turns.Count} (the number of turns).");
            }

            by = n;
        }
        else if (item["by"] is not null)
        {
            throw new ConversationSetException($"{where}: 'by' is only allowed when expect is \"handoff\".");
        }

        return new LabeledConversation(id, kind, expect, by, customer, turns);
    }

    private static string? String(JsonObject item, string name) =>
        item[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
