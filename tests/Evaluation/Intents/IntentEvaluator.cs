using System.Diagnostics;
using System.Globalization;
using HandoffBot.Language;
using HandoffBot.Handoff.Rulebook;
using HandoffBot.Knowledge;

namespace HandoffBot.Evaluation.Intents;

/// <summary>
/// <c>-- intents banking77|clinc150 [--shots K|all]</c> and <c>-- intents &lt;train.csv&gt; &lt;test.csv&gt; [--oos &lt;LABEL&gt;]</c>: builds a help center from the dataset's training split (one
/// article per intent, K of its questions), then asks every test query through <see cref="KnowledgeIndex"/> (the
/// code that answers customers) and reports top-1 accuracy, and for out-of-scope queries the share declined at each
/// confidence threshold and at the shipped rulebook's. Ends with one line
/// <c>intents accuracy=… inscope=… oos_recall=… n=…</c> at the shipped threshold (DESIGN.md, Testing).
/// </summary>
public static class IntentEvaluator
{
    public static Task<IntentEvaluationResult> RunAsync(string dataset, int? shots, TextWriter output, CancellationToken cancellationToken = default) =>
        RunAsync(IntentDataset.Load(dataset, IntentDataset.DataFolder()), shots, output, null, cancellationToken);

    /// <summary>Evaluates a loaded dataset; <paramref name="encoder"/> null: a model of its own, as the bot has.</summary>
    public static async Task<IntentEvaluationResult> RunAsync(
        IntentDataset data, int? shots, TextWriter output, ISentenceEncoder? encoder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(output);
        var (train, test, outOfScope, dataset) = (data.Train, data.Test, data.OutOfScopeTest, data.Name);
        var articles = IntentKnowledgeBase.Articles(train, shots);

        using var ownEncoder = encoder is null ? new SentenceEncoder() : null;
        encoder ??= ownEncoder!;
        var clock = Stopwatch.StartNew();
        using var index = KnowledgeIndex.Build(encoder, articles, cancellationToken);
        var indexTime = clock.Elapsed;

        clock.Restart();
        var queries = test.Select(u => u.Text).Concat(outOfScope).ToList();
        var vectors = index.Encode(queries);
        var inScope = new List<(double, bool)>(test.Count);
        var outOfScopeConfidence = new List<double>(outOfScope.Count);
        for (var i = 0; i < queries.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var match = index.Search(queries[i], vectors[i]);
            var confidence = match?.Confidence ?? 0;
            if (i < test.Count)
            {
                inScope.Add((confidence, match?.Article.Id == test[i].Intent));
            }
            else
            {
                outOfScopeConfidence.Add(confidence);
            }
        }

        var queryTime = clock.Elapsed;
        var accuracy = test.Count == 0 ? 0 : (double)inScope.Count(q => q.Item2) / test.Count;
        var result = new IntentEvaluationResult(dataset, shots, articles.Count, accuracy, inScope, outOfScopeConfidence, indexTime, queryTime);
        await ReportAsync(result, train.Count, await ShippedThresholdAsync(cancellationToken), index.Model, output);
        return result;
    }

    private static async Task<double> ShippedThresholdAsync(CancellationToken cancellationToken) =>
        (await RulebookLoader.LoadFileAsync(ShippedFile("rulebook.yaml"), cancellationToken)).Implicit.Confidence.Threshold;

    /// <summary>A file the bot ships: copied beside the build output, else in the repository's bot/ folder.</summary>
    public static string ShippedFile(string relativePath)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, relativePath);
        if (File.Exists(beside) || Directory.Exists(beside))
        {
            return beside;
        }

        return Path.Combine(Repository.Root, "bot", relativePath);
    }


    private static async Task ReportAsync(IntentEvaluationResult result, int trainCount, double shipped, ConfidenceModel model, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        var shots = result.Shots is int k ? k.ToString(c) : "all";
        var queries = result.InScope.Count + result.OutOfScope.Count;
        await output.WriteLineAsync(string.Create(c, $"{result.Dataset}, questions per intent: {shots} — {result.Articles} articles from {trainCount} training questions"));
        await output.WriteLineAsync(string.Create(c, $"index built in {result.IndexTime.TotalSeconds:0.0} s; confidence model trained on {model.TrainedOn} examples (weights {string.Join(" ", model.Weights.Select(w => w.ToString("0.00", c)))}, bias {model.Bias:0.00})"));
        await output.WriteLineAsync(string.Create(c, $"{queries} test queries in {result.QueryTime.TotalSeconds:0.0} s ({result.QueryTime.TotalMilliseconds / Math.Max(1, queries):0.0} ms per query, embedded in batches)"));
        await output.WriteLineAsync(string.Create(c, $"in-scope top-1 accuracy: {result.Accuracy:0.000} ({result.InScope.Count} queries)"));
        if (result.OutOfScope.Count > 0)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync("threshold  in-scope answered correctly  in-scope declined  out-of-scope declined");
            for (var t = 0.0; t <= 0.951; t += 0.05)
            {
                await output.WriteLineAsync(string.Create(c, $"{t,9:0.00}  {result.AnsweredCorrectly(t),27:0.000}  {result.InScopeDeclined(t),17:0.000}  {result.OutOfScopeDeclined(t),21:0.000}"));
            }

            await output.WriteLineAsync();
            await output.WriteLineAsync(string.Create(c, $"at the shipped threshold {shipped:0.00}: in-scope top-1 accuracy {result.Accuracy:0.000}, answered correctly {result.AnsweredCorrectly(shipped):0.000}, in-scope declined {result.InScopeDeclined(shipped):0.000}, out-of-scope declined {result.OutOfScopeDeclined(shipped):0.000}"));
        }
        else
        {
            await output.WriteLineAsync(string.Create(c, $"at the shipped threshold {shipped:0.00}: answered correctly {result.AnsweredCorrectly(shipped):0.000}, declined {result.InScopeDeclined(shipped):0.000}"));
        }

        await output.WriteLineAsync(string.Create(
            c, $"intents accuracy={result.AllRowsCorrect(shipped):0.000} inscope={result.AnsweredCorrectly(shipped):0.000} oos_recall={result.OutOfScopeDeclined(shipped):0.000} n={queries}"));
    }
}
