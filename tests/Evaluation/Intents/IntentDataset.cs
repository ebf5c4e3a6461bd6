using System.Text.Json;
using HandoffBot.Knowledge;

namespace HandoffBot.Evaluation.Intents;

/// <summary>
/// A public intent dataset from <c>../shared/data</c> (see its README): labeled training and test utterances, and for
/// CLINC150 the out-of-scope test queries.
/// </summary>
public sealed record IntentDataset(
    string Name,
    IReadOnlyList<LabeledUtterance> Train,
    IReadOnlyList<LabeledUtterance> Test,
    IReadOnlyList<string> OutOfScopeTest)
{
    public static IReadOnlyList<string> Names { get; } = ["banking77", "clinc150"];

    /// <summary>The data folder beside the repository root: <c>&lt;root&gt;/../shared/data</c>.</summary>
    public static string DataFolder()
    {
        var data = Repository.SharedData;
        return Directory.Exists(data)
            ? data
            : throw new DirectoryNotFoundException($"The evaluation data folder {data} is missing (see DESIGN.md, Testing).");
    }

    public static IntentDataset Load(string name, string dataFolder) => name switch
    {
        "banking77" => new IntentDataset(
            name,
            ReadCsv(Path.Combine(dataFolder, "banking77", "train.csv")),
            ReadCsv(Path.Combine(dataFolder, "banking77", "test.csv")),
            []),
        "clinc150" => ReadClinc(Path.Combine(dataFolder, "clinc150", "data_full.json")),
        _ => throw new ArgumentException($"Unknown dataset '{name}'; expected one of: {string.Join(", ", Names)}.", nameof(name)),
    };

    private static IntentDataset ReadClinc(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        List<LabeledUtterance> Split(string key) =>
            [.. document.RootElement.GetProperty(key).EnumerateArray().Select(row => new LabeledUtterance(row[0].GetString()!, row[1].GetString()!))];
        return new IntentDataset("clinc150", Split("train"), Split("test"), [.. Split("oos_test").Select(u => u.Text)]);
    }

    // text,category with RFC 4180 quoting: some utterances hold commas, quotes and even line breaks.
    private static List<LabeledUtterance> ReadCsv(string path)
    {
        var rows = FaqCsvParser.ReadRows(File.ReadAllText(path), path);
        return [.. rows.Skip(1).Where(r => r.Count >= 2).Select(r => new LabeledUtterance(r[0].Trim(), r[^1].Trim()))];
    }
}
