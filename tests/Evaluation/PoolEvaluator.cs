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
    // Labels of the pool that never fire a handoff.
    private static readonly IReadOnlySet<string> NotTriggers = TriggerModel.NoRequestLabels;

    public static async Task RunAsync(TextWriter output, CancellationToken cancellationToken, ISentenceEncoder? encoder = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var pool = ExamplePool.Shipped();
        using var ownEncoder = encoder is null ? new SentenceEncoder() : null;
        encoder ??= ownEncoder!;

        var clock = Stopwatch.StartNew();
        // The trigger model's input: the embedding and the request features of the text.
        IReadOnlyList<float[]> trainingVectors = [.. EmbeddingCache.EncodeUncached(encoder, [.. pool.Training.Select(e => e.Text)], cancellationToken)
            .Select((v, i) => RequestFeatures.Append(v, pool.Training[i].Text))];
        var softmax = SoftmaxClassifier.Train([.. pool.Training.Select((e, i) => (trainingVectors[i], e.Label))], cancellationToken);
        var trainTime = clock.Elapsed;
        var nearest = new ExampleClassifier(encoder, pool.Training);

        IReadOnlyList<float[]> heldOutVectors = [.. EmbeddingCache.EncodeUncached(encoder, [.. pool.HeldOut.Select(e => e.Text)], cancellationToken)
            .Select((v, i) => RequestFeatures.Append(v, pool.HeldOut[i].Text))];
        var uncalibrated = softmax;
        softmax = softmax.Calibrate([.. pool.HeldOut.Select((e, i) => (heldOutVectors[i], e.Label))]);
        var rows = pool.HeldOut.Select((e, i) => (e.Label, Softmax: softmax.Predict(heldOutVectors[i])[0].Label, Nearest: nearest.Classify(e.Text).Label)).ToList();
        var tops = pool.HeldOut.Select((e, i) => (e.Label, Top: softmax.Predict(heldOutVectors[i])[0])).ToList();

        var c = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(c, $"pool: {pool.Training.Count} training and {pool.HeldOut.Count} held-out utterances over {pool.Labels.Count()} labels; softmax trained in {trainTime.TotalSeconds:0.0} s (embedding included)"));
        await output.WriteLineAsync(string.Create(c, $"{"label",-22} {"n",4} {"softmax",8} {"nearest",8}"));
        foreach (var label in rows.GroupBy(r => r.Label).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            await output.WriteLineAsync(string.Create(c, $"{label.Key,-22} {label.Count(),4} {Share(label, r => r.Softmax),8:0.000} {Share(label, r => r.Nearest),8:0.000}"));
        }

        foreach (var (name, pick) in new (string, Func<(string Label, string Softmax, string Nearest), string>)[] { ("softmax", r => r.Softmax), ("nearest", r => r.Nearest) })
        {
            var flagged = rows.Where(r => !NotTriggers.Contains(pick(r))).ToList();
            var triggers = rows.Where(r => !NotTriggers.Contains(r.Label)).ToList();
            var precision = flagged.Count == 0 ? 0 : (double)flagged.Count(r => !NotTriggers.Contains(r.Label)) / flagged.Count;
            var recall = triggers.Count == 0 ? 0 : (double)triggers.Count(r => !NotTriggers.Contains(pick(r))) / triggers.Count;
            await output.WriteLineAsync(string.Create(c, $"{name}: a trigger told from routine and venting: precision {precision:0.000}, recall {recall:0.000}"));
        }

        // Calibration: how far the top probability is from the share right, over ten bins of probability (the
        // temperature is one number fitted on these same rows, so this is a check of its fit, not a fresh test).
        await output.WriteLineAsync(string.Create(c,
            $"calibration: temperature {softmax.Temperature:0.00}; expected calibration error {CalibrationError(uncalibrated, pool, heldOutVectors):0.000} as trained, {CalibrationError(softmax, pool, heldOutVectors):0.000} calibrated"));

        // What a threshold on the top probability does: a trigger fires only when the top label is a trigger at or above it.
        await output.WriteLineAsync("threshold  fired  right trigger  wrongly fired (routine or venting)  triggers missed");
        foreach (var threshold in new[] { 0.4, 0.5, 0.6, 0.7, 0.8, 0.9 })
        {
            var fired = tops.Where(t => !NotTriggers.Contains(t.Top.Label) && t.Top.Probability >= threshold).ToList();
            var triggerRows = tops.Count(t => !NotTriggers.Contains(t.Label));
            await output.WriteLineAsync(string.Create(c,
                $"{threshold,9:0.00}  {fired.Count,5}  {fired.Count(f => f.Top.Label == f.Label),13}  {fired.Count(f => NotTriggers.Contains(f.Label)),34}  {triggerRows - fired.Count(f => f.Top.Label == f.Label),15}"));
        }

        await output.WriteLineAsync(string.Create(c, $"pool softmax={Share(rows, r => r.Softmax):0.000} nearest={Share(rows, r => r.Nearest):0.000} n={rows.Count}"));

        static double CalibrationError(SoftmaxClassifier classifier, ExamplePool pool, IReadOnlyList<float[]> vectors)
        {
            var tops = pool.HeldOut.Select((e, i) =>
            {
                var top = classifier.Predict(vectors[i])[0];
                return (Right: top.Label == e.Label, top.Probability);
            }).ToList();
            return tops.GroupBy(t => Math.Min(9, (int)(t.Probability * 10)))
                .Sum(bin => (double)bin.Count() / tops.Count * Math.Abs(bin.Average(t => t.Right ? 1.0 : 0.0) - bin.Average(t => t.Probability)));
        }

        static double Share(IEnumerable<(string Label, string Softmax, string Nearest)> rows, Func<(string Label, string Softmax, string Nearest), string> pick)
        {
            var list = rows.ToList();
            return list.Count == 0 ? 0 : (double)list.Count(r => pick(r) == r.Label) / list.Count;
        }
    }
}
