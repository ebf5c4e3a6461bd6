using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HandoffBot.Tests.Agents;

/// <summary>A Slack incoming webhook on loopback: keeps every JSON body posted to <c>/services/T/B/X</c> and answers <c>ok</c> like Slack.</summary>
public sealed class SlackStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<JsonElement> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private SlackStub(WebApplication app) => _app = app;

    public Uri WebhookUrl { get; private set; } = null!;

    public static async Task<SlackStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new SlackStub(app);
        app.MapPost("/services/T000/B000/XXXX", async (HttpRequest request) =>
        {
            if (request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
            {
                return Results.BadRequest("invalid_payload");
            }

            stub._received.Enqueue(await JsonSerializer.DeserializeAsync<JsonElement>(request.Body));
            stub._arrived.Release();
            return Results.Text("ok");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        stub.WebhookUrl = new Uri(address + "/services/T000/B000/XXXX");
        return stub;
    }

    public IReadOnlyCollection<JsonElement> Received => [.. _received];

    public async Task<JsonElement> WaitForPostAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await _arrived.WaitAsync(cts.Token);
        return _received.First();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }
}
