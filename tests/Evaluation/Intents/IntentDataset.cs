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

    /// <summary>The same dataset cut to a few intents (no out-of-scope queries): a quick smoke set.</summary>
    public IntentDataset Only(IReadOnlyCollection<string> intents) =>
        new(Name, [.. Train.Where(u => intents.Contains(u.Intent))], [.. Test.Where(u => intents.Contains(u.Intent))], []);

    /// <summary>
    /// Any labeled set as two CSV files of two columns, text then label, after a header line whose names are not read.
    /// Test rows labeled <paramref name="outOfScopeLabel"/> are out of scope; training rows with it make no article.
    /// </summary>
    public static IntentDataset FromCsv(string trainPath, string testPath, string? outOfScopeLabel)
    {
        var train = ReadCsv(trainPath, strict: true);
        var test = ReadCsv(testPath, strict: true);
        bool OutOfScope(LabeledUtterance u) => outOfScopeLabel is not null && string.Equals(u.Intent, outOfScopeLabel, StringComparison.Ordinal);
        var inScopeTrain = train.Where(u => !OutOfScope(u)).ToList();
        if (inScopeTrain.Count == 0)
        {
            throw new InvalidDataException($"{trainPath}: no training rows with an in-scope label.");
        }

        if (test.Count == 0)
        {
            throw new InvalidDataException($"{testPath}: no test rows.");
        }

        return new IntentDataset(
            Path.GetFileName(testPath), inScopeTrain, [.. test.Where(u => !OutOfScope(u))], [.. test.Where(OutOfScope).Select(u => u.Text)]);
    }

    private static IntentDataset ReadClinc(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        List<LabeledUtterance> Split(string key) =>
            [.. document.RootElement.GetProperty(key).EnumerateArray().Select(row => new LabeledUtterance(row[0].GetString()!, row[1].GetString()!))];
        return new IntentDataset("clinc150", Split("train"), Split("test"), [.. Split("oos_test").Select(u => u.Text)]);
    }

    // text,category with RFC 4180 quoting: some utterances hold commas, quotes and even line breaks. Strict: every row
    // that is not blank has exactly two columns and both are filled.
    private static List<LabeledUtterance> ReadCsv(string path, bool strict = false)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file.", path);
        }

        var rows = FaqCsvParser.ReadRows(File.ReadAllText(path).TrimStart('\uFEFF'), path);
        var utterances = new List<LabeledUtterance>(rows.Count);
        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (strict && (row.Count != 2 || string.IsNullOrWhiteSpace(row[0]) || string.IsNullOrWhiteSpace(row[1])))
            {
                throw new InvalidDataException($"{path}: row {r + 1} has {row.Count} column(s); expected two filled ones, text then label.");
            }

            if (row.Count >= 2)
            {
                utterances.Add(new LabeledUtterance(row[0].Trim(), row[^1].Trim()));
            }
        }

        return utterances;
    }
}
