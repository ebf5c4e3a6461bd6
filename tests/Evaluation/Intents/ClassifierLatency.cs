using System.Diagnostics;
using System.Globalization;
using HandoffBot.Language;
using HandoffBot.Handoff.Rulebook;

namespace HandoffBot.Evaluation.Intents;

/// <summary>
/// <c>-- classifier-latency [messages]</c>: what nearest-example classification costs per customer message over the
/// shipped rulebook's trigger examples, one message at a time as a turn asks it, beside the encoder alone on the
/// same messages (the ceiling everything else is measured against).
/// </summary>
public static class ClassifierLatency
{
    private static readonly string[] Messages =
    [
        "put me through to someone from your support team", "cancle my acount", "I don't want to cancel, just downgrade",
        "how do I cancel a shared link?", "what is your refund policy?", "This is UNACCEPTABLE!!! third time I'm asking",
        "my acount was hackd", "hello", "I was billed two times this month, refund me", "how do I export my data to CSV?",
    ];

    public static async Task RunAsync(int count, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var rulebook = await RulebookLoader.LoadFileAsync(IntentEvaluator.ShippedFile("rulebook.yaml"), cancellationToken);
        var examples = rulebook.ExplicitTriggers.SelectMany(t => t.Examples.Select(e => new LabeledExample(t.Name, e)))
            .Concat(rulebook.Boundaries.SelectMany(b => b.Examples.Select(e => new LabeledExample(b.Name, e))))
            .ToList();
        using var encoder = new SentenceEncoder();
        var clock = Stopwatch.StartNew();
        var classifier = new ExampleClassifier(encoder, examples);
        var build = clock.Elapsed;
        classifier.Classify("warm up");

        var classify = Measure(count, message => classifier.Classify(message), cancellationToken);
        var encode = Measure(count, message => encoder.Encode(message), cancellationToken);

        var c = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(c, $"{examples.Count} rulebook examples over {classifier.Labels.Count} labels; classifier built in {build.TotalSeconds:0.0} s (model load included)"));
        await output.WriteLineAsync(string.Create(c, $"classify, {count} messages one at a time: {Percentiles(classify)}"));
        await output.WriteLineAsync(string.Create(c, $"encoder alone, same messages:        {Percentiles(encode)}"));
        await output.WriteLineAsync(string.Create(c, $"ratio of medians (encoder / classify): {encode[count / 2] / classify[count / 2]:0.00}"));
        await output.WriteLineAsync(string.Create(c, $"machine: {Environment.ProcessorCount} logical CPUs, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}"));
    }

    private static List<double> Measure(int count, Action<string> work, CancellationToken cancellationToken)
    {
        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stopwatch = Stopwatch.StartNew();
            work(Messages[i % Messages.Length]);
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times;
    }

    private static string Percentiles(List<double> sorted) => string.Create(
        CultureInfo.InvariantCulture,
        $"p50 {sorted[sorted.Count / 2]:0.00} ms, p99 {sorted[Math.Max(0, (int)(sorted.Count * 0.99) - 1)]:0.00} ms, max {sorted[^1]:0.00} ms");
}
