using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace HandoffBot.Evaluation;

/// <summary>
/// <c>-- console-latency [handoffs]</c>: how fast a handoff reaches a signed-in agent console. Each customer message that
/// hands off is posted to <c>/api/messages</c>; an agent console (cookie session + SignalR client on loopback) waits for
/// the <c>queueChanged</c> "opened" push. Reported: decision → console (from the case's creation time, the moment the
/// bot decided, to the push arriving) and message → console (from posting the message), p50/p99, beside an echo
/// bot's whole turn on the same machine. The Teams agent desk is on, with the serviceUrl listener playing Teams:
/// decision → Teams card is from the same decision to the card's post reaching the listener.
/// </summary>
public static class ConsoleLatencyBenchmark
{
    // Security is staffed around the clock in the shipped rulebook, so the benchmark runs the same at any hour.
    private const string Escalation = "someone hacked my account, there are logins from another country";

    private const string DeskChannel = "19:benchmark-desk@thread.tacv2";

    public static async Task RunAsync(int handoffs, TextWriter output, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "handoffbot-console-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        await using var listener = await ServiceUrlListener.StartAsync(cancellationToken);
        await using var echo = await EchoBotHost.StartAsync(cancellationToken);
        var desk = new Dictionary<string, string?>
        {
            ["HandoffBot:Teams:AgentDesk:ServiceUrl"] = listener.BaseAddress.ToString(),
            ["HandoffBot:Teams:AgentDesk:TenantId"] = "benchmark-tenant",
            ["HandoffBot:Teams:AgentDesk:DefaultChannel"] = DeskChannel,
        };
        await using var bot = BotHost.Start(Path.Combine(folder, "console.db"), desk, ownEncoder: true);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };

        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies };
        using var agent = new HttpClient(handler) { BaseAddress = bot.BaseAddress };
        using (var signIn = await agent.PostAsJsonAsync("api/agent/signin", new { agentId = "lee", password = "lee-demo" }, cancellationToken))
        {
            signIn.EnsureSuccessStatusCode();
        }

        // Away: the console only watches; no case is offered, so every handoff stays a new arrival.
        (await agent.PutAsJsonAsync("api/agent/presence", new { presence = "away" }, cancellationToken)).Dispose();
        var opened = Channel.CreateUnbounded<(JsonElement Change, long ReceivedTicks, DateTimeOffset ReceivedUtc)>();
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(bot.BaseAddress, "hubs/agent"), options => options.Cookies = cookies)
            .Build();
        hub.On<JsonElement>("queueChanged", change =>
        {
            if (change.GetProperty("change").GetString() == "opened")
            {
                opened.Writer.TryWrite((change, Stopwatch.GetTimestamp(), DateTimeOffset.UtcNow));
            }
        });
        await hub.StartAsync(cancellationToken);

        var warmUp = Math.Max(5, handoffs / 10);
        var decision = new List<double>();
        var endToEnd = new List<double>();
        var card = new List<double>();
        for (var i = 0; i < warmUp + handoffs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await PostAsync(http, bot.BaseAddress, listener, $"{Guid.NewGuid()}|console", Escalation, cancellationToken);
            var (change, received, receivedUtc) = await opened.Reader.ReadAsync(cancellationToken);
            var post = await listener.WaitForAsync(r => r.ConversationId.StartsWith(DeskChannel + ";", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
            listener.Drain(post.ConversationId);
            if (i >= warmUp)
            {
                endToEnd.Add(Stopwatch.GetElapsedTime(start, received).TotalMilliseconds);
                decision.Add((receivedUtc - change.GetProperty("at").GetDateTimeOffset()).TotalMilliseconds);
                card.Add((post.ReceivedUtc - change.GetProperty("at").GetDateTimeOffset()).TotalMilliseconds);
            }
        }

        var echoTurns = new List<double>();
        for (var i = 0; i < warmUp + handoffs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await PostAsync(http, echo.BaseAddress, listener, $"{Guid.NewGuid()}|echo", "hello", cancellationToken);
            if (i >= warmUp)
            {
                echoTurns.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"handoffs: {handoffs} (after {warmUp} warm-up), one at a time, SignalR (WebSockets) over loopback"));
        await output.WriteLineAsync("path                                 p50 ms   p99 ms");
        await Row(output, "decision -> agent console", decision);
        await Row(output, "customer message -> agent console", endToEnd);
        await Row(output, "decision -> Teams desk card", card);
        await Row(output, "echo bot turn (baseline)", echoTurns);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"ratio message->console / echo turn: p50={BenchmarkCustomer.Percentile(endToEnd, 50) / BenchmarkCustomer.Percentile(echoTurns, 50):0.00}"));
        await hub.StopAsync(cancellationToken);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static Task Row(TextWriter output, string name, List<double> values) =>
        output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{name,-35} {BenchmarkCustomer.Percentile(values, 50),7:0.0}  {BenchmarkCustomer.Percentile(values, 99),7:0.0}"));

    private static async Task PostAsync(HttpClient http, Uri address, ServiceUrlListener listener, string conversationId, string text, CancellationToken cancellationToken)
    {
        await BenchmarkCustomer.PostAsync(http, address, listener, conversationId, text, cancellationToken);
        listener.Drain(conversationId);
    }
}
