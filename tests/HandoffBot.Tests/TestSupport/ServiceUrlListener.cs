using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace HandoffBot.Tests.TestSupport;

/// <summary>
/// A channel's Connector API as the Emulator serves it: a real HTTP listener on loopback that receives the bot's
/// replies (<c>POST /v3/conversations/{id}/activities[/{replyToId}]</c>) and answers 200 <c>{"id": ...}</c>.
/// </summary>
public sealed class ServiceUrlListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedActivity> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _nextId;

    private ServiceUrlListener(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyCollection<ReceivedActivity> Received => [.. _received];

    public static async Task<ServiceUrlListener> StartAsync()
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
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        listener.BaseAddress = new Uri(address + "/");
        return listener;
    }

    /// <summary>Waits until an activity matching <paramref name="match"/> has arrived, or fails after <paramref name="timeout"/>.</summary>
    public async Task<ReceivedActivity> WaitForAsync(Func<ReceivedActivity, bool> match, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var found = _received.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            try
            {
                await _arrived.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                var seen = string.Join(" | ", _received.Select(r => $"{r.Activity.Type}:{r.Activity.Text}"));
                throw new TimeoutException($"No matching activity reached the serviceUrl listener. Received: {seen}");
            }
        }
    }

    /// <summary>Waits for the next message whose text contains <paramref name="text"/> in the conversation.</summary>
    public Task<ReceivedActivity> WaitForMessageAsync(string conversationId, string text) =>
        WaitForAsync(r => r.ConversationId == conversationId && r.Activity.Type == ActivityTypes.Message
            && (r.Activity.Text?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false));

    private async Task<IResult> ReceiveAsync(HttpContext http, string conversationId, string? replyToId)
    {
        using var reader = new StreamReader(http.Request.Body);
        var activity = JsonConvert.DeserializeObject<Activity>(await reader.ReadToEndAsync());
        if (activity is null)
        {
            return Results.BadRequest();
        }

        var id = $"listener-{Interlocked.Increment(ref _nextId)}";
        _received.Enqueue(new ReceivedActivity(Uri.UnescapeDataString(conversationId), replyToId, activity, http.Request.Headers.Authorization.ToString()));
        _arrived.Release();
        return Results.Json(new { id });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }
}
