using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HandoffBot.Tests.Knowledge.Generative;

/// <summary>
/// An OpenAI-compatible chat-completions server on loopback: records every request (path, bearer, body) and answers
/// with <see cref="Reply"/>, or fails with <see cref="FailWith"/>. The OpenAI client posts to the configured endpoint
/// plus <c>/chat/completions</c>, so <see cref="Endpoint"/> ends in <c>/v1</c> as a real server's base URL does.
/// </summary>
public sealed class ChatCompletionsStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private ChatCompletionsStub(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public string Reply { get; set; } = "";

    public HttpStatusCode? FailWith { get; set; }

    /// <summary>Never answers: the request waits until the client gives up (a model that hangs).</summary>
    public bool Hang { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<ChatCompletionsStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new ChatCompletionsStub(app);

        // Any path is recorded, so a test sees where the client really posted.
        app.Map("/{**path}", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync(http.RequestAborted);
            stub._requests.Enqueue(new RecordedRequest(http.Request.Method, http.Request.Path, http.Request.Headers.Authorization.ToString(), body));
            if (stub.Hang)
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, http.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up, as it should.
                }

                return Results.Empty;
            }

            if (stub.FailWith is { } status)
            {
                return Results.Json(new { error = new { message = "stub failure", type = "server_error" } }, statusCode: (int)status);
            }

            var model = JsonNode.Parse(body)?["model"]?.GetValue<string>() ?? "stub";
            return Results.Json(new JsonObject
            {
                ["id"] = "chatcmpl-stub",
                ["object"] = "chat.completion",
                ["created"] = 1_764_000_000,
                ["model"] = model,
                ["choices"] = new JsonArray(new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = stub.Reply },
                    ["finish_reason"] = "stop",
                }),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 100, ["completion_tokens"] = 20, ["total_tokens"] = 120 },
            });
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        stub.Endpoint = new Uri(address + "/v1");
        return stub;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>One request as received; <see cref="Prompt"/> is the text of its messages, decoded from the JSON.</summary>
    public sealed record RecordedRequest(string Method, string Path, string Authorization, string Body)
    {
        public string Prompt => string.Join("\n", (JsonNode.Parse(Body)?["messages"]?.AsArray() ?? []).Select(m => m?["content"] switch
        {
            JsonValue text => text.GetValue<string>(),
            JsonArray parts => string.Join("\n", parts.Select(p => p?["text"]?.GetValue<string>())),
            _ => null,
        }));
    }
}
