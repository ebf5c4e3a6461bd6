using System.Diagnostics;
using System.Globalization;

namespace HandoffBot.Evaluation;

/// <summary>
/// <c>-- benchmark [turns]</c>: the cost of a HandoffBot turn against an echo bot and an encoding echo bot (which embeds
/// each message once with the same sentence encoder) in the same run, all over real HTTP with replies posted to a
/// serviceUrl listener. Reports latencies, throughput, errors and the ratios to both baselines.
/// </summary>
public static class TurnBenchmark
{
    private const int Workers = 4;
    private const int MemoryConversations = 300;

    // Routine messages that keep the bot in its own flows (no handoff ends the conversation mid-run).
    private static readonly string[] Messages =
    [
        "help", "2", "how do I reset my password?", "what is your refund policy?", "where can I download my invoices?",
        "how do I share a board with a client?", "thanks, that helps", "can I export my tasks to CSV?",
    ];

    // Free text is made unique per turn, as customers' messages are, so that no bot can answer from a memory of texts it
    // has already embedded; quick replies ("help", "2") stay exact.
    private static readonly string[] Openings = ["", "hi, ", "quick question: ", "hello team, ", "sorry to bother you, "];

    private static int _turn;

    private static string Message(int i)
    {
        var message = Messages[i % Messages.Length];
        if (message.Length <= 4)
        {
            return message;
        }

        var n = Interlocked.Increment(ref _turn);
        return $"{Openings[n % Openings.Length]}{message} (for workspace {n})";
    }

    public static async Task RunAsync(int turns, TextWriter output, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "handoffbot-bench-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        await using var listener = await ServiceUrlListener.StartAsync(cancellationToken);
        await using var echo = await EchoBotHost.StartAsync(cancellationToken);
        using var encoder = new HandoffBot.Language.SentenceEncoder();
        await using var encodingEcho = await EchoBotHost.StartAsync(cancellationToken, encoder);
        await using var sharedEcho = await EchoBotHost.StartAsync(cancellationToken, encoder, sharedContracts: true);
        var database = Path.Combine(folder, "bench.db");
        await using var bot = BotHost.Start(database, ownEncoder: true);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };

        var targets = new (string Name, Uri Address)[]
        {
            ("echo bot", echo.BaseAddress), ("encoding echo", encodingEcho.BaseAddress), ("enc. echo, 1 resolver", sharedEcho.BaseAddress), ("HandoffBot", bot.BaseAddress),
        };
        var results = new List<(string Name, double[] Latencies, double Throughput)>();
        foreach (var (name, address) in targets)
        {
            await RunSequentialAsync(http, address, listener, Math.Max(20, turns / 10), cancellationToken); // warm-up
            var latencies = await RunSequentialAsync(http, address, listener, turns, cancellationToken);
            var throughput = await RunConcurrentAsync(http, address, listener, turns, cancellationToken);
            results.Add((name, latencies, throughput));
        }

        var (heap, disk) = await ConversationMemory.MeasureAsync(http, bot.BaseAddress, listener, database, MemoryConversations, cancellationToken);

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"turns per measurement: {turns} sequential, {turns} over {Workers} concurrent conversations"));
        await output.WriteLineAsync("target                  p50 ms   p95 ms   p99 ms   turns/s");
        foreach (var (name, latencies, throughput) in results)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{name,-22} {BenchmarkCustomer.Percentile(latencies, 50),7:0.0}  {BenchmarkCustomer.Percentile(latencies, 95),7:0.0}  {BenchmarkCustomer.Percentile(latencies, 99),7:0.0}  {throughput,8:0.0}"));
        }

        var product = results[^1];
        foreach (var baseline in results[..^1])
        {
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"ratio HandoffBot/{baseline.Name}: p50={BenchmarkCustomer.Percentile(product.Latencies, 50) / BenchmarkCustomer.Percentile(baseline.Latencies, 50):0.00} p99={BenchmarkCustomer.Percentile(product.Latencies, 99) / BenchmarkCustomer.Percentile(baseline.Latencies, 99):0.00} throughput={product.Throughput / baseline.Throughput:0.00}"));
        }
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"HandoffBot per active conversation ({MemoryConversations} opened, two turns each): {heap / 1024:0.0} KB managed heap, {disk / 1024:0.0} KB database"));

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<double[]> RunSequentialAsync(HttpClient http, Uri address, ServiceUrlListener listener, int turns, CancellationToken cancellationToken)
    {
        var latencies = new double[turns];
        var conversation = NewConversation();
        for (var i = 0; i < turns; i++)
        {
            if (i % Messages.Length == 0)
            {
                conversation = NewConversation();
            }

            var watch = Stopwatch.StartNew();
            await BenchmarkCustomer.PostAsync(http, address, listener, conversation, Message(i), cancellationToken);
            latencies[i] = watch.Elapsed.TotalMilliseconds;
            listener.Drain(conversation);
        }

        return latencies;
    }

    private static async Task<double> RunConcurrentAsync(HttpClient http, Uri address, ServiceUrlListener listener, int turns, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
        {
            var conversation = NewConversation();
            for (var i = 0; i < turns / Workers; i++)
            {
                // A customer's conversation is a few messages long, as in the sequential run: a hundred turns of
                // the same eight messages would end in a loop and a handoff, and measure a waiting customer instead.
                if (i % Messages.Length == 0)
                {
                    conversation = NewConversation();
                }

                await BenchmarkCustomer.PostAsync(http, address, listener, conversation, Message(i), cancellationToken);
                listener.Drain(conversation);
            }
        }));
        return turns / Workers * Workers / watch.Elapsed.TotalSeconds;
    }

    private static string NewConversation() => $"{Guid.NewGuid()}|bench";
}
