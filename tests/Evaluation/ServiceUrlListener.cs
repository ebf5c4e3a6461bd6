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
/// A channel's Connector API as the Emulator serves it: a real HTTP listener on loopback that receives the bot's
/// replies (<c>POST /v3/conversations/{id}/activities[/{replyToId}]</c>) and updates (<c>PUT …/activities/{id}</c>),
/// answers 200 <c>{"id": ...}</c>, and keeps them in arrival order; it also answers member lookups from <see cref="Members"/>. Waiters are woken by each arrival, never by polling; several may wait at once.
/// </summary>
public sealed class ServiceUrlListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly List<ReceivedActivity> _received = [];
    private TaskCompletionSource _arrival = NewArrival();
    private int _nextId;

    private ServiceUrlListener(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Members the channel knows, by id, as the JSON its member lookup returns (Teams: email, userPrincipalName…).</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> Members { get; } = new(StringComparer.Ordinal);

    /// <summary>What has arrived and has not been drained, in arrival order.</summary>
    public IReadOnlyList<ReceivedActivity> Received
    {
        get
        {
            lock (_lock)
            {
                return [.. _received];
            }
        }
    }

    public static async Task<ServiceUrlListener> StartAsync(CancellationToken cancellationToken = default)
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
        app.MapPost("/v3/conversations", (Delegate)((HttpContext http) => listener.CreateConversationAsync(http)));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext http, string conversationId, string activityId) =>
            listener.ReceiveAsync(http, conversationId, activityId, updated: true));
        app.MapGet("/v3/conversations/{conversationId}/members/{memberId}", (string conversationId, string memberId) =>
            listener.Members.TryGetValue(Uri.UnescapeDataString(memberId), out var member)
                ? Results.Text(member, "application/json")
                : Results.NotFound(new { error = new { code = "MemberNotFoundInConversation", message = "The member is not in the conversation." } }));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        listener.BaseAddress = new Uri(address + "/");
        return listener;
    }

    /// <summary>Waits until an activity matching <paramref name="match"/> has arrived, or fails after <paramref name="timeout"/>.</summary>
    public async Task<ReceivedActivity> WaitForAsync(Func<ReceivedActivity, bool> match, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            Task arrival;
            lock (_lock)
            {
                // Taken before looking, so that an arrival between the look and the wait is not missed.
                arrival = _arrival.Task;
            }

            var found = Received.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            try
            {
                await arrival.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                var seen = string.Join(" | ", Received.Select(r => $"{r.Activity.Type}:{r.Activity.Text}"));
                throw new TimeoutException($"No matching activity reached the serviceUrl listener. Received: {seen}");
            }
        }
    }

    /// <summary>Waits for the next message whose text contains <paramref name="text"/> in the conversation.</summary>
    public Task<ReceivedActivity> WaitForMessageAsync(string conversationId, string text) =>
        WaitForAsync(r => r.ConversationId == conversationId && r.Activity.Type == ActivityTypes.Message
            && (r.Activity.Text?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false));

    /// <summary>Removes and returns what has arrived for <paramref name="conversationId"/> so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedActivity> Drain(string conversationId)
    {
        lock (_lock)
        {
            var drained = _received.FindAll(r => r.ConversationId == conversationId);
            _received.RemoveAll(r => r.ConversationId == conversationId);
            return drained;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static TaskCompletionSource NewArrival() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    // A new conversation with its first activity (Teams: a new post in a channel, whose thread is "<channel>;messageid=<id>").
    private async Task<IResult> CreateConversationAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var parameters = JsonConvert.DeserializeObject<ConversationParameters>(await reader.ReadToEndAsync(http.RequestAborted));
        if (parameters?.Activity is not { } activity)
        {
            return Results.BadRequest();
        }

        var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var channel = (parameters.ChannelData as Newtonsoft.Json.Linq.JObject)?["channel"]?["id"]?.ToString() ?? "conversation";
        activity.ChannelData ??= parameters.ChannelData;
        Record(new ReceivedActivity($"{channel};messageid={id}", null, activity, http.Request.Headers.Authorization.ToString()));
        return Results.Json(new { id = $"{channel};messageid={id}", activityId = id });
    }

    private void Record(ReceivedActivity received)
    {
        TaskCompletionSource arrived;
        lock (_lock)
        {
            _received.Add(received);
            arrived = _arrival;
            _arrival = NewArrival();
        }

        arrived.SetResult();
    }

    private async Task<IResult> ReceiveAsync(HttpContext http, string conversationId, string? replyToId, bool updated = false)
    {
        using var reader = new StreamReader(http.Request.Body);
        var activity = JsonConvert.DeserializeObject<Activity>(await reader.ReadToEndAsync(http.RequestAborted));
        if (activity is null)
        {
            return Results.BadRequest();
        }

        Record(new ReceivedActivity(Uri.UnescapeDataString(conversationId), replyToId, activity, http.Request.Headers.Authorization.ToString(), updated));
        return Results.Json(new { id = $"listener-{Interlocked.Increment(ref _nextId)}" });
    }
}
