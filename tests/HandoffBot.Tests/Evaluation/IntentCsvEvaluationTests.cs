using System.Globalization;
using System.Text.RegularExpressions;
using HandoffBot.Evaluation.Intents;

namespace HandoffBot.Tests.Evaluation;

/// <summary>The evaluation's CSV form (DESIGN.md, Testing): any labeled set as two CSV files, with an out-of-scope label.</summary>
public sealed partial class IntentCsvEvaluationTests
{
    private const string Train = """
        text,label
        how do I reset my password,password
        I forgot my password,password
        "can't log in, need a new password",password
        change my login password,password
        I want my money back,refund
        please refund my last payment,refund
        how do I get a refund,refund
        refund the charge from yesterday,refund
        how do I export my data to CSV,export
        download all my projects,export
        export tasks to a spreadsheet,export
        can I get a copy of my data,export
        what's the weather like,oos
        """;

    private const string Test = """
        sentence,intent
        "my password doesn't work anymore,
        how do I set a new one?",password
        I'd like a refund for this month,refund
        get my projects out as a CSV file,export
        what time is it in Tokyo,oos
        tell me a joke about cats,oos
        """;

    [Fact]
    public async Task A_labeled_csv_pair_is_scored_and_ends_with_the_one_summary_line()
    {
        using var folder = new TempDirectory();
        await File.WriteAllTextAsync(folder.File("train.csv"), Train);
        await File.WriteAllTextAsync(folder.File("test.csv"), Test);
        using var output = new StringWriter();

        var data = IntentDataset.FromCsv(folder.File("train.csv"), folder.File("test.csv"), "oos");
        await IntentEvaluator.RunAsync(data, null, output, SharedSentenceEncoder.Instance);

        // Three articles (the out-of-scope label makes none); the quoted row with a comma and a line break is one row.
        Assert.Equal(["export", "password", "refund"], data.Train.Select(u => u.Intent).Distinct().Order());
        Assert.Equal(3, data.Test.Count);
        Assert.Equal(2, data.OutOfScopeTest.Count);

        var last = output.ToString().TrimEnd().Split('\n')[^1];
        var summary = SummaryLine().Match(last);
        Assert.True(summary.Success, last);
        var (accuracy, inScope, oosRecall, n) = (Number(summary, 1), Number(summary, 2), Number(summary, 3), int.Parse(summary.Groups[4].Value, CultureInfo.InvariantCulture));
        Assert.Equal(5, n);
        Assert.Equal(((inScope * 3) + (oosRecall * 2)) / 5, accuracy, 3);
        Assert.True(inScope >= 2 / 3.0, last);
    }

    [Fact]
    public void A_row_without_its_label_is_refused_with_its_row_number()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("train.csv"), "text,label\nreset my password,password\njust some text\n");
        File.WriteAllText(folder.File("test.csv"), "text,label\nnew password please,password\n");

        var error = Assert.Throws<InvalidDataException>(() => IntentDataset.FromCsv(folder.File("train.csv"), folder.File("test.csv"), null));

        Assert.Contains("row 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        using var folder = new TempDirectory();

        var error = Assert.Throws<FileNotFoundException>(() => IntentDataset.FromCsv(folder.File("nope.csv"), folder.File("test.csv"), null));

        Assert.Contains("nope.csv", error.Message, StringComparison.Ordinal);
    }

    private static double Number(Match match, int group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^intents accuracy=(\d\.\d{3}) inscope=(\d\.\d{3}) oos_recall=(\d\.\d{3}) n=(\d+)$")]
    private static partial Regex SummaryLine();
}
