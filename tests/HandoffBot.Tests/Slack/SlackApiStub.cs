using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HandoffBot.Tests.Slack;

/// <summary>
/// The Slack Web API on loopback, as documented: every method is a POST with the bot token as Bearer; write methods
/// (<c>chat.postMessage</c>, <c>chat.update</c>) take JSON with <c>channel</c> and <c>text</c> or <c>blocks</c>, the read
/// method <c>users.info</c> takes a form-encoded <c>user</c>. Answers <c>{"ok": false, "error": …}</c> as Slack does when
/// a request is not what Slack expects, and keeps every accepted call.
/// </summary>
public sealed class SlackApiStub : IAsyncDisposable
{
    public const string Token = "xoxb-test-token";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<SlackCall> _calls = new();
    private long _ts = 1764600000;

    private SlackApiStub(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Slack users by id: name and email, as <c>users.info</c> returns them.</summary>
    public ConcurrentDictionary<string, (string Name, string Email)> Users { get; } = new();

    public IReadOnlyList<SlackCall> Calls => [.. _calls];

    public static async Task<SlackApiStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new SlackApiStub(app);
        app.MapPost("/api/{method}", stub.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        stub.BaseUrl = new Uri(address + "/api/");
        return stub;
    }

    /// <summary>The messages posted in <paramref name="channel"/>, in order.</summary>
    public IReadOnlyList<SlackCall> Posted(string channel) =>
        [.. Calls.Where(c => c.Method == "chat.postMessage" && c.Body.GetProperty("channel").GetString() == channel)];

    public async Task<SlackCall> WaitForAsync(Func<SlackCall, bool> match, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            if (Calls.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            try
            {
                await Task.Delay(20, cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException("No matching Slack call. Calls: " + string.Join(" | ", Calls.Select(c => $"{c.Method} {c.Body}")));
            }
        }
    }

    /// <summary>Waits for a message in <paramref name="channel"/> whose text contains <paramref name="text"/>.</summary>
    public Task<SlackCall> WaitForMessageAsync(string channel, string text) =>
        WaitForAsync(c => c.Method == "chat.postMessage" && c.Body.GetProperty("channel").GetString() == channel
            && (c.Body.GetProperty("text").GetString()?.Contains(text, StringComparison.Ordinal) ?? false));

    private async Task<IResult> HandleAsync(string method, HttpRequest request)
    {
        if (request.Headers.Authorization.ToString() != "Bearer " + Token)
        {
            return Results.Json(new { ok = false, error = "invalid_auth" });
        }

        if (method == "users.info")
        {
            if (!request.HasFormContentType)
            {
                return Results.Json(new { ok = false, error = "invalid_arguments" });
            }

            var form = await request.ReadFormAsync();
            var id = form["user"].ToString();
            _calls.Enqueue(new SlackCall(method, JsonSerializer.SerializeToElement(new { user = id }), null));
            return Users.TryGetValue(id, out var user)
                ? Results.Json(new { ok = true, user = new { id, name = user.Name.ToLowerInvariant(), real_name = user.Name, profile = new { real_name = user.Name, email = user.Email } } })
                : Results.Json(new { ok = false, error = "user_not_found" });
        }

        if (request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
        {
            return Results.Json(new { ok = false, error = "invalid_form_data" });
        }

        var body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
        if (method is not ("chat.postMessage" or "chat.update" or "chat.delete"))
        {
            return Results.Json(new { ok = false, error = "unknown_method" });
        }

        if (!body.TryGetProperty("channel", out var channel) || channel.ValueKind != JsonValueKind.String)
        {
            return Results.Json(new { ok = false, error = "channel_not_found" });
        }

        if (method != "chat.delete" && !body.TryGetProperty("text", out _) && !body.TryGetProperty("blocks", out _))
        {
            return Results.Json(new { ok = false, error = "no_text" });
        }

        if (method != "chat.postMessage" && !body.TryGetProperty("ts", out _))
        {
            return Results.Json(new { ok = false, error = "message_not_found" });
        }

        var ts = method == "chat.postMessage" ? $"{Interlocked.Increment(ref _ts)}.000100" : body.GetProperty("ts").GetString();
        _calls.Enqueue(new SlackCall(method, body, ts));
        return Results.Json(new { ok = true, channel = channel.GetString(), ts });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One accepted Web API call: the method, its arguments, and the message's <c>ts</c> (posted or updated).</summary>
public sealed record SlackCall(string Method, JsonElement Body, string? Ts)
{
    public string Text => Body.TryGetProperty("text", out var text) ? text.GetString() ?? string.Empty : string.Empty;
}
