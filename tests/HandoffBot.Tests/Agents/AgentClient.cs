using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace HandoffBot.Tests.Agents;

/// <summary>
/// An agent as the console is one: a cookie session on the REST API (<c>/api/agent</c>) and a SignalR connection to
/// <c>/hubs/agent</c> whose pushes are collected, so tests wait on what the agent would see.
/// </summary>
public sealed class AgentClient : IAsyncDisposable
{
    private static readonly string[] Events = ["queueChanged", "caseOffered", "customerMessage", "agentMessage", "urgentAlert"];

    private readonly CookieContainer _cookies = new();
    private readonly HttpClientHandler _handler;
    private readonly ConcurrentQueue<(string Name, JsonElement Payload)> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private HubConnection? _hub;

    public AgentClient(Uri baseAddress, string agentId)
    {
        AgentId = agentId;
        BaseAddress = baseAddress;
        _handler = new HttpClientHandler { CookieContainer = _cookies };
        Http = new HttpClient(_handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public string AgentId { get; }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public IReadOnlyCollection<(string Name, JsonElement Payload)> Received => [.. _received];

    /// <summary>Signs in with the documented demo password and connects to the real-time hub.</summary>
    public static async Task<AgentClient> SignInAsync(Uri baseAddress, string agentId, bool connect = true)
    {
        var client = new AgentClient(baseAddress, agentId);
        using var response = await client.Http.PostAsJsonAsync("api/agent/signin", new { agentId, password = agentId + "-demo" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        if (connect)
        {
            await client.ConnectAsync();
        }

        return client;
    }

    public async Task ConnectAsync()
    {
        _hub = new HubConnectionBuilder()
            .WithUrl(new Uri(BaseAddress, "hubs/agent"), options => options.Cookies = _cookies)
            .Build();
        foreach (var name in Events)
        {
            _hub.On<JsonElement>(name, payload =>
            {
                _received.Enqueue((name, payload));
                _arrived.Release();
            });
        }

        await _hub.StartAsync();
    }

    /// <summary>Drops the real-time connection and keeps the session, as closing the console's tab does.</summary>
    public async Task DisconnectAsync()
    {
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
            _hub = null;
        }
    }

    /// <summary>Waits for a push named <paramref name="name"/> that matches, or fails with what did arrive.</summary>
    public async Task<JsonElement> WaitForAsync(string name, Func<JsonElement, bool>? match = null, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            foreach (var (received, payload) in _received)
            {
                if (received == name && (match?.Invoke(payload) ?? true))
                {
                    return payload;
                }
            }

            try
            {
                await _arrived.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{AgentId} saw no matching {name}. Received: {string.Join(" | ", _received.Select(r => $"{r.Name}:{r.Payload}"))}");
            }
        }
    }

    /// <summary>Asks the API until <paramref name="condition"/> holds (what a console shows after it reconnects).</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (!await condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), cts.Token);
        }
    }

    public Task<JsonElement> WaitForOfferAsync(string handoffId) =>
        WaitForAsync("caseOffered", p => p.GetProperty("handoffId").GetString() == handoffId);

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null) => Http.PostAsJsonAsync(path, body ?? new { });

    /// <summary>Open cases in serving order, as the console's queue shows them.</summary>
    public async Task<IReadOnlyList<JsonElement>> QueueAsync() => [.. (await GetJsonAsync("api/agent/queue")).EnumerateArray()];

    public async ValueTask DisposeAsync()
    {
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }

        Http.Dispose();
        _handler.Dispose();
        _arrived.Dispose();
    }
}
