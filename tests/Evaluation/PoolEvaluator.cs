using System.Diagnostics;
using System.Globalization;
using HandoffBot.Handoff.Detection;
using HandoffBot.Language;

namespace HandoffBot.Evaluation;

/// <summary>
/// <c>-- pool</c>: the shipped example pool's own check. Trains the <see cref="SoftmaxClassifier"/> and builds the
/// nearest-example <see cref="ExampleClassifier"/> on the pool's training part, then labels the held-out part with
/// both: accuracy per label, and whether a trigger was told from a routine question (precision and recall of "some
/// trigger"). Ends with <c>pool softmax=… nearest=… n=…</c>.
/// </summary>
public static class PoolEvaluator
{
    private const string Routine = "routine";

    public static async Task RunAsync(TextWriter output, CancellationToken cancellationToken, ISentenceEncoder? encoder = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var pool = ExamplePool.Shipped();
        using var ownEncoder = encoder is null ? new SentenceEncoder() : null;
        encoder ??= ownEncoder!;

        var clock = Stopwatch.StartNew();
        var trainingVectors = EmbeddingCache.EncodeUncached(encoder, [.. pool.Training.Select(e => e.Text)], cancellationToken);
        var softmax = SoftmaxClassifier.Train([.. pool.Training.Select((e, i) => (trainingVectors[i], e.Label))], cancellationToken);
        var trainTime = clock.Elapsed;
        var nearest = new ExampleClassifier(encoder, pool.Training);

        var heldOutVectors = EmbeddingCache.EncodeUncached(encoder, [.. pool.HeldOut.Select(e => e.Text)], cancellationToken);
        var rows = pool.HeldOut.Select((e, i) => (e.Label, Softmax: softmax.Predict(heldOutVectors[i])[0].Label, Nearest: nearest.Classify(e.Text).Label)).ToList();

        var c = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(c, $"pool: {pool.Training.Count} training and {pool.HeldOut.Count} held-out utterances over {pool.Labels.Count()} labels; softmax trained in {trainTime.TotalSeconds:0.0} s (embedding included)"));
        await output.WriteLineAsync(string.Create(c, $"{"label",-22} {"n",4} {"softmax",8} {"nearest",8}"));
        foreach (var label in rows.GroupBy(r => r.Label).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            await output.WriteLineAsync(string.Create(c, $"{label.Key,-22} {label.Count(),4} {Share(label, r => r.Softmax),8:0.000} {Share(label, r => r.Nearest),8:0.000}"));
        }

        foreach (var (name, pick) in new (string, Func<(string Label, string Softmax, string Nearest), string>)[] { ("softmax", r => r.Softmax), ("nearest", r => r.Nearest) })
        {
            var flagged = rows.Where(r => pick(r) != Routine).ToList();
            var triggers = rows.Where(r => r.Label != Routine).ToList();
            var precision = flagged.Count == 0 ? 0 : (double)flagged.Count(r => r.Label != Routine) / flagged.Count;
            var recall = triggers.Count == 0 ? 0 : (double)triggers.Count(r => pick(r) != Routine) / triggers.Count;
            await output.WriteLineAsync(string.Create(c, $"{name}: a trigger told from routine: precision {precision:0.000}, recall {recall:0.000}"));
        }

        await output.WriteLineAsync(string.Create(c, $"pool softmax={Share(rows, r => r.Softmax):0.000} nearest={Share(rows, r => r.Nearest):0.000} n={rows.Count}"));

        static double Share(IEnumerable<(string Label, string Softmax, string Nearest)> rows, Func<(string Label, string Softmax, string Nearest), string> pick)
        {
            var list = rows.ToList();
            return list.Count == 0 ? 0 : (double)list.Count(r => pick(r) == r.Label) / list.Count;
        }
    }
}
