using HandoffBot.Evaluation.Intents;

namespace HandoffBot.Evaluation;

/// <summary>
/// <c>dotnet run --project tests/Evaluation -c Release -- handoff &lt;set-folder&gt; [--baseline]</c>, <c>-- benchmark [turns]</c>,
/// <c>-- console-latency [handoffs]</c>, <c>-- intents banking77|clinc150 [--shots K|all]</c>,
/// <c>-- intents &lt;train.csv&gt; &lt;test.csv&gt; [--oos &lt;LABEL&gt;]</c>, <c>-- pool</c>, <c>-- knowledge-latency [queries]</c> and
/// <c>-- classifier-latency [messages]</c>.
/// Exit codes: 0 it ran (whatever the scores), 2 bad usage or a bad set.
/// Not top-level statements: those would declare a global <c>Program</c> clashing with the bot's.
/// </summary>
internal static class Program
{
    private const int Workers = 4;

    public static async Task<int> Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        try
        {
            switch (args)
            {
                case ["handoff", var setFolder]:
                    await HandoffEvaluator.RunAsync(setFolder, Console.Out, cancel.Token);
                    return 0;
                case ["handoff", var setFolder, "--baseline"]:
                    await HandoffEvaluator.RunAsync(setFolder, Console.Out, cancel.Token, baseline: true);
                    return 0;
                case ["benchmark"]:
                    await TurnBenchmark.RunAsync(400, Console.Out, cancel.Token);
                    return 0;
                case ["console-latency"]:
                    await ConsoleLatencyBenchmark.RunAsync(200, Console.Out, cancel.Token);
                    return 0;
                case ["console-latency", var count] when int.TryParse(count, out var handoffs) && handoffs >= 1:
                    await ConsoleLatencyBenchmark.RunAsync(handoffs, Console.Out, cancel.Token);
                    return 0;
                case ["benchmark", var count] when int.TryParse(count, out var turns) && turns >= Workers:
                    await TurnBenchmark.RunAsync(turns, Console.Out, cancel.Token);
                    return 0;
                case ["intents", var dataset] when IntentDataset.Names.Contains(dataset):
                    await IntentEvaluator.RunAsync(dataset, null, Console.Out, cancellationToken: cancel.Token);
                    return 0;
                case ["intents", var dataset, "--shots", "all"] when IntentDataset.Names.Contains(dataset):
                    await IntentEvaluator.RunAsync(dataset, null, Console.Out, cancellationToken: cancel.Token);
                    return 0;
                case ["intents", var dataset, "--shots", var k] when IntentDataset.Names.Contains(dataset) && int.TryParse(k, out var shots) && shots > 0:
                    await IntentEvaluator.RunAsync(dataset, shots, Console.Out, cancellationToken: cancel.Token);
                    return 0;
                case ["intents", var trainCsv, var testCsv] when trainCsv.EndsWith(".csv", StringComparison.OrdinalIgnoreCase):
                    await IntentEvaluator.RunAsync(IntentDataset.FromCsv(trainCsv, testCsv, null), null, Console.Out, null, cancel.Token);
                    return 0;
                case ["intents", var trainCsv, var testCsv, "--oos", var label] when trainCsv.EndsWith(".csv", StringComparison.OrdinalIgnoreCase):
                    await IntentEvaluator.RunAsync(IntentDataset.FromCsv(trainCsv, testCsv, label), null, Console.Out, null, cancel.Token);
                    return 0;
                case ["detect"]:
                    await DetectionProbe.RunAsync(Console.In, Console.Out, cancel.Token);
                    return 0;
                case ["pool"]:
                    await PoolEvaluator.RunAsync(Console.Out, cancel.Token);
                    return 0;
                case ["knowledge-latency"]:
                    await KnowledgeLatency.RunAsync(200, Console.Out, cancel.Token);
                    return 0;
                case ["knowledge-latency", var count] when int.TryParse(count, out var queries) && queries > 0:
                    await KnowledgeLatency.RunAsync(queries, Console.Out, cancel.Token);
                    return 0;
                case ["classifier-latency"]:
                    await ClassifierLatency.RunAsync(200, Console.Out, cancel.Token);
                    return 0;
                case ["classifier-latency", var count] when int.TryParse(count, out var messages) && messages > 0:
                    await ClassifierLatency.RunAsync(messages, Console.Out, cancel.Token);
                    return 0;
                default:
                    await Console.Error.WriteLineAsync(
                        "usage: dotnet run --project tests/Evaluation -c Release -- handoff <set-folder> [--baseline]\n" +
                        "       dotnet run --project tests/Evaluation -c Release -- benchmark [turns]\n" +
                        "       dotnet run --project tests/Evaluation -c Release -- console-latency [handoffs]\n" +
                        "       dotnet run --project tests/Evaluation -c Release -- intents banking77|clinc150 [--shots K|all]\n" +
                        "       dotnet run --project tests/Evaluation -c Release -- intents <train.csv> <test.csv> [--oos <LABEL>]\n" +
                        "       dotnet run --project tests/Evaluation -c Release -- pool\n" +
                        "       dotnet run --project tests/Evaluation -c Release -- detect < messages.txt\n" +
                        "       dotnet run --project tests/Evaluation -c Release -- knowledge-latency [queries]\n" +
                        "       dotnet run --project tests/Evaluation -c Release -- classifier-latency [messages]");
                    return 2;
            }
        }
        catch (Exception e) when (e is ConversationSetException or FileNotFoundException or InvalidDataException or HandoffBot.Knowledge.KnowledgeFormatException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
    }
}
