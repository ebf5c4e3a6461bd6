using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace HandoffBot.Evaluation;

/// <summary>
/// A channel's Connector API as the Emulator serves it: a loopback listener receiving the bot's replies
/// (<c>POST /v3/conversations/{id}/activities[/{replyToId}]</c>), kept per conversation in arrival order.
/// </summary>
public sealed class ServiceUrlListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ReceivedActivity>> _received = new(StringComparer.Ordinal);
    private int _nextId;

    private ServiceUrlListener(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<ServiceUrlListener> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var listener = new ServiceUrlListener(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext http, string conversationId, string activityId) =>
            listener.ReceiveAsync(http, conversationId, activityId));
        app.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext http, string conversationId) =>
            listener.ReceiveAsync(http, conversationId, null));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        listener.BaseAddress = new Uri(address + "/");
        return listener;
    }

    /// <summary>Removes and returns what has arrived for <paramref name="conversationId"/> so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedActivity> Drain(string conversationId)
    {
        var drained = new List<ReceivedActivity>();
        if (_received.TryGetValue(conversationId, out var queue))
        {
            while (queue.TryDequeue(out var item))
            {
                drained.Add(item);
            }
        }

        return drained;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(HttpContext http, string conversationId, string? replyToId)
    {
        using var reader = new StreamReader(http.Request.Body);
        var activity = JsonConvert.DeserializeObject<Activity>(await reader.ReadToEndAsync(http.RequestAborted));
        if (activity is null)
        {
            return Results.BadRequest();
        }

        var id = Uri.UnescapeDataString(conversationId);
        _received.GetOrAdd(id, _ => new ConcurrentQueue<ReceivedActivity>()).Enqueue(new ReceivedActivity(id, replyToId, activity));
        return Results.Json(new { id = $"listener-{Interlocked.Increment(ref _nextId)}" });
    }
}
