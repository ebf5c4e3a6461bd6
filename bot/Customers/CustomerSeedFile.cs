using System.Globalization;
using System.Net.Mail;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HandoffBot.Customers;

/// <summary>
/// Reads and checks a customer seed file (DESIGN.md, "Customer profiles (CRM seed)"). Every problem is a
/// <see cref="CustomerSeedException"/> whose message names <c>HandoffBot:Crm:SeedPath</c>, the file, the entry (number,
/// id and line) and what is wrong.
/// </summary>
public static partial class CustomerSeedFile
{
    private const int MaxReportedProblems = 10;

    // System.Text.Json's messages name .NET types; the person editing the file thinks in JSON.
    private static readonly (string Find, string Replace)[] FriendlierTerms =
    [
        ($"JSON deserialization for type '{typeof(CustomerProfile).FullName}' was missing required properties including:", "missing required member(s):"),
        ($"contained in type '{typeof(CustomerProfile).FullName}'", "of a customer profile"),
        (typeof(CustomerProfile).FullName!, "a customer profile"),
        ("System.Int32", "a whole number"),
        ("System.String", "a string"),
    ];

    /// <summary>Loads and validates the file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<CustomerProfile> Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new CustomerSeedException(Describe(path, "does not exist."));
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CustomerSeedException(Describe(path, $"cannot be read: {ex.Message}"), ex);
        }

        return Parse(bytes, path);
    }

    /// <summary>Parses and validates seed JSON (UTF-8); <paramref name="source"/> names the file in messages.</summary>
    public static IReadOnlyList<CustomerProfile> Parse(ReadOnlySpan<byte> utf8Json, string source)
    {
        var json = utf8Json.StartsWith(Encoding.UTF8.Preamble) ? utf8Json[Encoding.UTF8.Preamble.Length..] : utf8Json;
        List<CustomerProfile?>? entries;
        try
        {
            entries = JsonSerializer.Deserialize<List<CustomerProfile?>>(json, CustomerProfile.JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new CustomerSeedException(Describe(source, DescribeJsonError(ex, json)), ex);
        }

        if (entries is null)
        {
            throw new CustomerSeedException(Describe(source, "must be a JSON array of customer profiles, not null."));
        }

        var lines = EntryLines(json);
        var problems = new List<string>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var emails = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var where = EntryName(i, entry?.Id, lines);
            if (entry is null)
            {
                problems.Add($"{where}: is null; expected a customer profile object.");
                continue;
            }

            foreach (var problem in Check(entry))
            {
                problems.Add($"{where}: {problem}");
            }

            if (!string.IsNullOrWhiteSpace(entry.Id) && !ids.TryAdd(entry.Id, i))
            {
                problems.Add($"{where}: duplicate id \"{entry.Id}\" (also {EntryName(ids[entry.Id], entry.Id, lines)}).");
            }

            if (!string.IsNullOrWhiteSpace(entry.Email) && !emails.TryAdd(entry.Email.Trim(), i))
            {
                problems.Add($"{where}: duplicate email \"{entry.Email}\" (also {EntryName(emails[entry.Email.Trim()], entries[emails[entry.Email.Trim()]]?.Id, lines)}).");
            }
        }

        if (problems.Count > 0)
        {
            var shown = problems.Take(MaxReportedProblems).ToList();
            if (problems.Count > shown.Count)
            {
                shown.Add($"... and {problems.Count - shown.Count} more.");
            }

            throw new CustomerSeedException(Describe(source, "has invalid entries:" + Environment.NewLine + string.Join(Environment.NewLine, shown)));
        }

        return entries.Select(e => e!).ToList();
    }

    private static IEnumerable<string> Check(CustomerProfile entry)
    {
        if (string.IsNullOrWhiteSpace(entry.Id))
        {
            yield return "id must not be empty.";
        }

        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            yield return "name must not be empty.";
        }

        if (entry.Email is not null && !LooksLikeEmail(entry.Email))
        {
            yield return $"email \"{entry.Email}\" is not an email address.";
        }

        if (!Enum.IsDefined(entry.Tier))
        {
            yield return "tier must be one of trial, standard, vip, enterprise.";
        }

        if (entry.OpenBugs < 0)
        {
            yield return $"openBugs must be 0 or more, was {entry.OpenBugs}.";
        }

        if (entry.LastCsat is { } csat && (csat < 1 || csat > 5))
        {
            yield return $"lastCsat must be 1 to 5 or null, was {csat}.";
        }
    }

    /// <summary>True for a plain address such as <c>ana@example.com</c> (no display name, no angle brackets).</summary>
    public static bool LooksLikeEmail(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Any(char.IsWhiteSpace))
        {
            return false;
        }

        return MailAddress.TryCreate(value, out var address)
            && address.Address.Equals(value, StringComparison.OrdinalIgnoreCase)
            && address.Host.Contains('.', StringComparison.Ordinal);
    }

    private static string Describe(string source, string problem) =>
        $"{CrmOptions.SeedPathKey}: the customer seed file '{source}' {problem}";

    private static string DescribeJsonError(JsonException ex, ReadOnlySpan<byte> json)
    {
        var line = ex.LineNumber is { } zeroBased ? $" at line {zeroBased + 1}" : string.Empty;
        var path = ex.Path ?? string.Empty;
        var entry = string.Empty;
        var match = EntryPath().Match(path);
        if (match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            entry = $", {EntryName(index, IdOfEntry(json, index), lines: null)}";
        }

        string detail;
        if (path.EndsWith(".tier", StringComparison.Ordinal))
        {
            detail = "tier must be one of trial, standard, vip, enterprise.";
        }
        else if (path.EndsWith(".renewalDate", StringComparison.Ordinal))
        {
            detail = "renewalDate must be a date YYYY-MM-DD or null.";
        }
        else if (path == "$" && ex.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            detail = "must be a JSON array of customer profiles.";
        }
        else
        {
            detail = StripPosition(ex.Message);
            if (path.Length > 0)
            {
                detail += $" (at {path})";
            }
        }

        return $"is not valid{line}{entry}: {detail}";
    }

    private static string StripPosition(string message)
    {
        foreach (var (find, replace) in FriendlierTerms)
        {
            message = message.Replace(find, replace, StringComparison.Ordinal);
        }

        foreach (var marker in new[] { " Path: ", " LineNumber: " })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        return message.Trim();
    }

    private static string EntryName(int index, string? id, IReadOnlyList<int>? lines)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(id))
        {
            parts.Add($"id \"{id}\"");
        }

        if (lines is not null && index < lines.Count)
        {
            parts.Add($"line {lines[index]}");
        }

        return parts.Count == 0 ? $"entry {index + 1}" : $"entry {index + 1} ({string.Join(", ", parts)})";
    }

    // The 1-based line on which each top-level array element starts.
    private static List<int> EntryLines(ReadOnlySpan<byte> json)
    {
        var lines = new List<int>();
        var reader = new Utf8JsonReader(json);
        var line = 1;
        var counted = 0;
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType is not JsonTokenType.EndObject and not JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                line += json[counted..start].Count((byte)'\n');
                counted = start;
                lines.Add(line);
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.Skip();
                }
            }
        }

        return lines;
    }

    private static string? IdOfEntry(ReadOnlySpan<byte> json, int index)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind == JsonValueKind.Array
                && index < document.RootElement.GetArrayLength()
                && document.RootElement[index].ValueKind == JsonValueKind.Object
                && document.RootElement[index].TryGetProperty("id", out var id)
                && id.ValueKind == JsonValueKind.String)
            {
                return id.GetString();
            }
        }
        catch (JsonException)
        {
            // Not well-formed: the line number has to do.
        }

        return null;
    }

    [GeneratedRegex(@"^\$\[(\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex EntryPath();
}
