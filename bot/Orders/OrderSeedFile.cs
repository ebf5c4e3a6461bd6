using System.Text.Json;
using HandoffBot.Dialogs.Flows;

namespace HandoffBot.Orders;

/// <summary>
/// Reads and checks an order seed file. Every problem is an <see cref="InvalidDataException"/> whose message names
/// <c>HandoffBot:Orders:SeedPath</c>, the file and the entry.
/// </summary>
public static class OrderSeedFile
{
    public static IReadOnlyList<SampleOrder> Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new InvalidDataException(Describe(path, "does not exist."));
        }

        List<SampleOrder?>? entries;
        try
        {
            using var stream = File.OpenRead(path);
            entries = JsonSerializer.Deserialize<List<SampleOrder?>>(stream, SampleOrder.JsonOptions);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException(Describe(path, $"cannot be read: {ex.Message}"), ex);
        }

        if (entries is null)
        {
            throw new InvalidDataException(Describe(path, "must be a JSON array of orders and tickets."));
        }

        var problems = new List<string>();
        var numbers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var where = $"entry {i + 1}";
            if (entry is null)
            {
                problems.Add($"{where}: is null.");
                continue;
            }

            if (entry.Kind is not ("order" or "ticket"))
            {
                problems.Add($"{where} ({entry.Number}): kind must be \"order\" or \"ticket\", was \"{entry.Kind}\".");
            }

            // Only numbers the flow can read out of a message can ever be found.
            var expected = entry.Kind == "order" ? OrderReference.Find(entry.Number) : OrderReference.Find("#" + entry.Number);
            if (!string.Equals(expected, entry.Number, StringComparison.Ordinal))
            {
                problems.Add($"{where} ({entry.Number}): number must be TL- and five digits for an order, five digits for a ticket.");
            }

            if (!numbers.Add(entry.Number))
            {
                problems.Add($"{where}: duplicate number \"{entry.Number}\".");
            }
        }

        return problems.Count == 0
            ? entries.Select(e => e!).ToList()
            : throw new InvalidDataException(Describe(path, "has invalid entries:" + Environment.NewLine + string.Join(Environment.NewLine, problems)));
    }

    private static string Describe(string path, string problem) => $"{OrdersOptions.SeedPathKey}: the file '{path}' {problem}";
}
