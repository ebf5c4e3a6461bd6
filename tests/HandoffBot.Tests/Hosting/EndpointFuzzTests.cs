using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using HandoffBot.Tests.Slack;
using HandoffBot.Tests.TestSupport;
using Xunit.Abstractions;

namespace HandoffBot.Tests.Hosting;

/// <summary>
/// Property-based fuzzing (CsCheck) of every public endpoint: generated malformed, oversized, deeply nested, wrongly
/// typed and invalid-UTF-8 bodies with odd content types and credentials. Every answer is below 500 and names no
/// exception, and afterwards the bot is healthy and still holds a normal conversation.
/// </summary>
[Collection(IsolatedCollection.Name)]
public sealed class EndpointFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int PerEndpoint = 300;
    private const string SlackSecret = "8f742231b10e8888abcd99yyyzzz85a5";

    private static readonly string[] Fields =
    [
        "type", "text", "id", "from", "recipient", "conversation", "channelId", "channelData", "value", "attachments",
        "entities", "serviceUrl", "replyToId", "agentId", "password", "skill", "note", "disposition", "presence", "user",
        "token", "event", "payload", "challenge", "event_id", "actions", "suggestedActions", "locale", "name",
    ];

    private readonly TempDirectory _temp = new();
    private SlackApiStub _slack = null!;
    private ServiceUrlListener _listener = null!;
    private BotHost _host = null!;
    private HttpClient _http = null!;
    private HttpClient _agent = null!;
    private string _conversation = null!;
    private string _token = null!;

    public async Task InitializeAsync()
    {
        _slack = await SlackApiStub.StartAsync();
        _listener = await ServiceUrlListener.StartAsync();
        _host = BotHost.Start(_temp.File("bot.db"), new Dictionary<string, string?>
        {
            ["HandoffBot:DirectLine:Secret"] = DirectLineClient.Secret,
            ["HandoffBot:Slack:SigningSecret"] = SlackSecret,
            ["HandoffBot:Slack:BotToken"] = SlackApiStub.Token,
            ["HandoffBot:Slack:ApiBaseUrl"] = _slack.BaseUrl.ToString(),
            ["HandoffBot:WebChat:TokensPerMinute"] = "10000",
        });
        _http = _host.CreateHttpClient();
        _agent = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = _host.BaseAddress };
        using (var signIn = await _agent.PostAsJsonAsync("api/agent/signin", new { agentId = "lee", password = "lee-demo" }))
        {
            signIn.EnsureSuccessStatusCode();
        }

        (_conversation, _token, _) = await new DirectLineClient(_http).StartAsync();
    }

    public async Task DisposeAsync()
    {
        _agent.Dispose();
        _http.Dispose();
        await _host.DisposeAsync();
        await _listener.DisposeAsync();
        await _slack.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Every_public_endpoint_answers_generated_garbage_with_a_4xx_never_a_5xx_and_the_bot_stays_healthy()
    {
        var activity = """
            {"type":"message","id":"a1","channelId":"emulator","serviceUrl":"SERVICE_URL","conversation":{"id":"fuzz-c"},
             "from":{"id":"u1","role":"user"},"recipient":{"id":"bot"},"text":"hi","timestamp":"2026-12-07T10:00:00Z","channelData":{"page":"/pricing"}}
            """.Replace("SERVICE_URL", _listener.BaseAddress.ToString(), StringComparison.Ordinal);
        const string webChat = """{"type":"message","text":"hi","from":{"id":"u","role":"user"},"channelData":{"clientActivityID":"x","page":"/pricing"}}""";
        const string slackEvent = """
            {"type":"event_callback","team_id":"T0TEAM","event_id":"Ev1","event":{"type":"message","channel_type":"im","user":"U1","channel":"D1","text":"hi","ts":"1.2"}}
            """;
        var endpoints = new (string Name, HttpMethod Method, string Path, Credential Credential, string Template)[]
        {
            ("messages", HttpMethod.Post, "api/messages", Credential.None, activity),
            ("directline tokens/generate", HttpMethod.Post, "v3/directline/tokens/generate", Credential.DirectLineSecret, """{"user":{"id":"dl_u"}}"""),
            ("directline tokens/refresh", HttpMethod.Post, "v3/directline/tokens/refresh", Credential.DirectLineToken, "{}"),
            ("directline conversations", HttpMethod.Post, "v3/directline/conversations", Credential.DirectLineSecret, """{"user":{"id":"dl_u"}}"""),
            ("directline activities", HttpMethod.Post, "v3/directline/conversations/{conversation}/activities", Credential.DirectLineToken, webChat),
            ("directline unknown conversation", HttpMethod.Post, "v3/directline/conversations/nope-123/activities", Credential.DirectLineToken, webChat),
            ("webchat token", HttpMethod.Post, "api/webchat/token", Credential.None, """{"user":{"id":"dl_u"}}"""),
            ("agent signin", HttpMethod.Post, "api/agent/signin", Credential.None, """{"agentId":"sam","password":"guess"}"""),
            ("agent presence", HttpMethod.Put, "api/agent/presence", Credential.AgentCookie, """{"presence":"away"}"""),
            ("agent message", HttpMethod.Post, "api/agent/cases/h-unknown/messages", Credential.AgentCookie, """{"text":"hello"}"""),
            ("agent transfer", HttpMethod.Post, "api/agent/cases/h-unknown/transfer", Credential.AgentCookie, """{"skill":"billing","agentId":"sam","note":"n"}"""),
            ("agent resolve", HttpMethod.Post, "api/agent/cases/h-unknown/resolve", Credential.AgentCookie, """{"disposition":"resolved"}"""),
            ("agent accept (no cookie)", HttpMethod.Post, "api/agent/cases/h-unknown/accept", Credential.None, "{}"),
            ("slack events", HttpMethod.Post, "api/slack/events", Credential.SlackSignature, slackEvent),
            ("slack interactions", HttpMethod.Post, "api/slack/interactions", Credential.SlackSignature, """{"type":"block_actions","user":{"id":"U1"},"actions":[]}"""),
        };
        var report = new StringBuilder();
        var total = 0;
        foreach (var (name, method, path, credential, template) in endpoints)
        {
            var count = 0;
            var statuses = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
            await RequestFor(template).SampleAsync(
                async request =>
                {
                    Interlocked.Increment(ref count);
                    var status = await AssertAnsweredAsync(method, path.Replace("{conversation}", _conversation, StringComparison.Ordinal), credential, request);
                    statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                },
                iter: PerEndpoint,
                threads: 1);
            total += count;
            var answered = string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"));
            report.AppendLine(CultureInfo.InvariantCulture, $"{name,-34} {method,-5} /{path}: {count} inputs, answered {answered}");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"{endpoints.Length} endpoints, {total} generated inputs, 0 answered 5xx");
        output.WriteLine(report.ToString());
        await File.WriteAllTextAsync(Path.Combine(Repository.ArtifactsFolder("fuzz"), "endpoints.txt"), report.ToString());

        using var health = await _http.GetAsync("healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var customer = new EmulatorClient(_http, _listener.BaseAddress);
        await customer.SendAsync("how do I reset my password?");
        await _listener.WaitForMessageAsync(customer.ConversationId, "Source:");
    }

    private enum Credential
    {
        None,
        DirectLineSecret,
        DirectLineToken,
        AgentCookie,
        SlackSignature,
    }

    private static readonly Gen<string> Scalar = Gen.OneOf(
        Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture)),
        Gen.String[0, 40].Select(s => System.Text.Json.JsonSerializer.Serialize(s)),
        Gen.OneOf("true", "false", "null", "1e400", "-0", "\"\"", "\"\\ud800\"", "\"\\u0000\"", "[]", "{}", "123456789012345678901234567890"));

    private static readonly Gen<string> WronglyTyped = Gen.Select(Gen.OneOf(Fields), Scalar).Array[1, 6].Select(pairs =>
        "{" + string.Join(",", pairs.Select(p => $"\"{p.Item1}\":{p.Item2}")) + "}");

    private static readonly Gen<byte[]> Body = Gen.Frequency(
        (4, WronglyTyped.Select(Encoding.UTF8.GetBytes)),
        (2, Gen.Byte.Array[0, 300]),
        (1, Gen.Int[1, 20_000].Select(depth => Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth)))),
        (1, Gen.Int[1, 5_000].Select(depth => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)))),
        (1, Gen.Int[0, 2].Select(_ => Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\"" + new string('x', 1_200_000) + "\"}"))),
        (2, Gen.String[0, 200].Select(Encoding.UTF8.GetBytes)),
        (1, Gen.Byte.Array[1, 50].Select(b => Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\"").Concat(b).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray())));

    private static readonly Gen<string?> ContentType = Gen.OneOf<string?>(
        "application/json", "application/json", "application/json; charset=utf-8", "application/json; charset=utf-16",
        "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "garbage", null);

    // A well-formed request with one to three fields changed to a value of another type, or removed: past the parser.
    private static Gen<byte[]> Mutated(string template) =>
        Gen.Select(Gen.Int[0, 1000].Array[1, 3], Scalar.Array[3], Gen.Bool.Array[3]).Select((picks, values, remove) =>
        {
            var root = JsonNode.Parse(template)!.AsObject();
            for (var i = 0; i < picks.Length && root.Count > 0; i++)
            {
                var target = root;
                var keys = target.Select(p => p.Key).ToList();
                var key = keys[picks[i] % keys.Count];
                if (target[key] is JsonObject nested && nested.Count > 0 && picks[i] % 2 == 0)
                {
                    target = nested;
                    keys = [.. target.Select(p => p.Key)];
                    key = keys[picks[i] / 2 % keys.Count];
                }

                if (remove[i])
                {
                    target.Remove(key);
                }
                else
                {
                    // JsonNode cannot write a lone surrogate; the other generators send those.
                    target[key] = JsonNode.Parse(values[i].Replace("\\ud800", "\\ufffd", StringComparison.Ordinal));
                }
            }

            return Encoding.UTF8.GetBytes(root.ToJsonString());
        });

    private static Gen<(byte[] Body, string? ContentType, bool GoodCredential)> RequestFor(string template) =>
        Gen.Select(Gen.Frequency((3, Body), (3, Mutated(template))), ContentType, Gen.Frequency((3, Gen.Const(true)), (1, Gen.Const(false))));

    private async Task<int> AssertAnsweredAsync(HttpMethod method, string path, Credential credential, (byte[] Body, string? ContentType, bool GoodCredential) input)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new ByteArrayContent(input.Body) };
        if (input.ContentType is { } type)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
        }

        var client = _http;
        switch (credential)
        {
            case Credential.DirectLineSecret:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", input.GoodCredential ? DirectLineClient.Secret : "not-the-secret");
                break;
            case Credential.DirectLineToken:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", input.GoodCredential ? _token : "eyJ.not.a-token");
                break;
            case Credential.AgentCookie:
                client = input.GoodCredential ? _agent : _http;
                break;
            case Credential.SlackSignature:
                var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                var signed = Encoding.UTF8.GetBytes($"v0:{timestamp}:").Concat(input.Body).ToArray();
                request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
                request.Headers.Add("X-Slack-Signature", input.GoodCredential
                    ? "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SlackSecret), signed))
                    : "v0=" + new string('0', 64));
                break;
            case Credential.None:
                break;
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        Assert.True(status < 500, $"{method} /{path} answered {status}: {text}");
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        return status;
    }
}
