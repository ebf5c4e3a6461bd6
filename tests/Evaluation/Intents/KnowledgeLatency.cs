using System.Diagnostics;
using System.Globalization;
using HandoffBot.Language;
using HandoffBot.Knowledge;

namespace HandoffBot.Evaluation.Intents;

/// <summary>
/// <c>-- knowledge-latency [queries]</c>: the knowledge layer's cost per customer question on the shipped sample help
/// center, one question at a time as a turn asks it (embedding the question, BM25, similarity, confidence, passage).
/// </summary>
public static class KnowledgeLatency
{
    private static readonly string[] Questions =
    [
        "how do I reset my password",
        "I forgot my pasword and can't log in",
        "where can I download my invoices?",
        "can I get a refund for the annual plan?",
        "how do I connect Slack",
        "does it integrate with SAP Ariba?",
        "what's the weather tomorrow?",
        "how do I invite a teammate to my workspace",
        "can I export all my projects to CSV",
        "set up single sign-on with Okta",
        "how do I conect slak to tasklane",
        "I forgot my pasword and cant log in",
        "exporting all our projects to a spreadsheet",
        "can you recommend a good pizza place nearby",
        "who won the football game last night",
    ];

    public static async Task RunAsync(int count, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var folder = IntentEvaluator.ShippedFile(Path.Combine("SampleData", "helpcenter"));
        var loaded = KnowledgeLoader.Load(folder);
        using var encoder = new SentenceEncoder();
        var clock = Stopwatch.StartNew();
        using var index = KnowledgeIndex.Build(encoder, loaded.Articles, cancellationToken);
        var build = clock.Elapsed;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"confidence model: {index.Model.TrainedOn} examples, weights {string.Join(" ", index.Model.Weights.Select(w => w.ToString("0.00", CultureInfo.InvariantCulture)))}, bias {index.Model.Bias:0.00}"));

        foreach (var question in Questions)
        {
            // Warm-up, and a look at what the questions get.
            var match = index.Search(question);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{match?.Confidence ?? 0,5:0.00}  sim {match?.Similarity ?? 0:0.00} margin {match?.Margin ?? 0:0.00} coverage {match?.Coverage ?? 0:0.00}  {match?.Article.Id,-36}  {question}"));
        }

        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            clock.Restart();
            _ = index.Search(Questions[i % Questions.Length]);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        var c = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(c, $"sample help center: {index.Articles.Count} articles from {folder}; index built in {build.TotalSeconds:0.0} s (model load included)"));
        await output.WriteLineAsync(string.Create(c, $"{count} questions, one at a time: mean {times.Average():0.0} ms, p50 {times[count / 2]:0.0} ms, p95 {times[(int)(count * 0.95)]:0.0} ms, max {times[^1]:0.0} ms"));
        await output.WriteLineAsync(string.Create(c, $"machine: {Environment.ProcessorCount} logical CPUs, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}"));
    }
}
