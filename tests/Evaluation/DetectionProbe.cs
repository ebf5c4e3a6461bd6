using System.Globalization;
using HandoffBot.Handoff;
using HandoffBot.Handoff.Detection;
using HandoffBot.Handoff.Rulebook;
using HandoffBot.Language;
using Microsoft.Extensions.DependencyInjection;

namespace HandoffBot.Evaluation;

/// <summary>
/// <c>-- detect</c>: one line per customer message read from standard input, with what the shipped rulebook's
/// detector makes of it on its own (no conversation around it): the trigger it fires and why, the nearest example,
/// and the trained reading of the whole message. For writing rulebooks and pool lines, and for asking why a message
/// did or did not hand off.
/// </summary>
public static class DetectionProbe
{
    public static async Task RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        using var temp = new TempDirectory();
        using var host = BotHost.Start(Path.Combine(temp.Path, "detect.db"));
        var detector = host.Services.GetRequiredService<HandoffDetector>();
        var encoder = host.Services.GetRequiredService<ISentenceEncoder>();
        var model = TriggerModel.Build(encoder, host.Services.GetRequiredService<RulebookProvider>().Current, ExamplePool.Shipped(), cancellationToken);
        var fired = 0;
        var read = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            read++;
            var detection = detector.Detect(line);
            var readings = model.Predict(line, encoder.Encode(line));
            var (label, probability) = readings[0];
            var others = string.Join(", ", readings.Skip(1).Take(2).Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Label} {r.Probability:0.00}")));
            fired += detection.Immediate is null ? 0 : 1;
            var verdict = detection.Immediate is { } trigger ? $"FIRES {trigger.Name}: {trigger.Evidence}" : "no trigger";
            var nearest = detection.Top is { } top ? $"{top.Label} {top.Score:0.00}{(top.Negated ? " negated" : string.Empty)}" : "-";
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{line}\n    {verdict} | nearest {nearest} | reads as {label} p={probability:0.00} ({others}){(detection.ChurnSignal ? " | churn" : string.Empty)} | frustration {detection.Sentiment.Frustration:0.00}"));
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"detect fired={fired} n={read}"));
    }
}
