using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HandoffBot.Adapters.Slack;

/// <summary>
/// The few Slack Web API methods the channel uses, called with the bot token as Bearer and JSON bodies. A 429 waits
/// for its <c>Retry-After</c>; other failures (5xx, network) are tried again a bounded number of times; Slack's own
/// refusals (<c>"ok": false</c>) are not retried and surface as <see cref="SlackApiException"/>.
/// </summary>
public sealed partial class SlackWebApi(HttpClient http, IOptions<SlackOptions> options, TimeProvider timeProvider, ILogger<SlackWebApi> logger)
{
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(1);

    /// <summary><c>chat.postMessage</c>; returns the message's <c>ts</c>.</summary>
    public async Task<string> PostMessageAsync(JsonObject message, CancellationToken cancellationToken)
    {
        var reply = await CallAsync("chat.postMessage", message, cancellationToken).ConfigureAwait(false);
        return reply.TryGetProperty("ts", out var ts) ? ts.GetString() ?? string.Empty : string.Empty;
    }

    /// <summary><c>chat.update</c> of the message at <c>channel</c> + <c>ts</c>.</summary>
    public Task UpdateMessageAsync(JsonObject message, CancellationToken cancellationToken) =>
        CallAsync("chat.update", message, cancellationToken);

    /// <summary><c>chat.delete</c> of the message at <paramref name="channel"/> + <paramref name="ts"/>.</summary>
    public Task DeleteMessageAsync(string channel, string ts, CancellationToken cancellationToken) =>
        CallAsync("chat.delete", new JsonObject { ["channel"] = channel, ["ts"] = ts }, cancellationToken);

    /// <summary><c>users.info</c>: the user's real name and email (the email needs the <c>users:read.email</c> scope).</summary>
    public async Task<(string? Name, string? Email)> GetUserAsync(string userId, CancellationToken cancellationToken)
    {
        // A read method: Slack takes its arguments form-encoded, not as JSON.
        var reply = await CallAsync("users.info", () => new FormUrlEncodedContent([new("user", userId)]), cancellationToken).ConfigureAwait(false);
        if (!reply.TryGetProperty("user", out var user))
        {
            return (null, null);
        }

        var profile = user.TryGetProperty("profile", out var p) ? p : default;
        return (Text(profile, "real_name") ?? Text(user, "real_name") ?? Text(user, "name"), Text(profile, "email"));
    }

    private Task<JsonElement> CallAsync(string method, JsonObject body, CancellationToken cancellationToken)
    {
        var json = body.ToJsonString();
        return CallAsync(method, () => new StringContent(json, System.Text.Encoding.UTF8, "application/json"), cancellationToken);
    }

    private async Task<JsonElement> CallAsync(string method, Func<HttpContent> content, CancellationToken cancellationToken)
    {
        var failures = 0;
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Value.ApiBaseUrl, method))
            {
                Content = content(),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.BotToken);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex) when (failures < options.Value.SendRetries)
            {
                failures++;
                LogRetry(logger, ex, method, failures);
                await Task.Delay(Backoff(failures), timeProvider, cancellationToken).ConfigureAwait(false);
                continue;
            }

            using (response)
            {
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    // Rate limits are Slack telling us when; they do not count against the retries.
                    var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                    LogRateLimited(logger, method, wait.TotalSeconds);
                    await Task.Delay(wait < MaxRetryAfter ? wait : MaxRetryAfter, timeProvider, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if ((int)response.StatusCode >= 500 && failures < options.Value.SendRetries)
                {
                    failures++;
                    LogRetry(logger, null, method, failures);
                    await Task.Delay(Backoff(failures), timeProvider, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new SlackApiException(method, $"HTTP {(int)response.StatusCode}");
                }

                using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), default, cancellationToken).ConfigureAwait(false);
                var root = document.RootElement.Clone();
                if (!root.TryGetProperty("ok", out var ok) || ok.ValueKind != JsonValueKind.True)
                {
                    throw new SlackApiException(method, Text(root, "error") ?? "unknown_error");
                }

                return root;
            }
        }
    }

    private static TimeSpan Backoff(int failures) => TimeSpan.FromMilliseconds(200 * Math.Pow(4, failures - 1));

    private static string? Text(JsonElement element, string name) => SlackJson.Text(element, name) is { Length: > 0 } text ? text : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack {Method} failed; trying again (attempt {Attempt})")]
    private static partial void LogRetry(ILogger logger, Exception? exception, string method, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack {Method} was rate limited; waiting {Seconds} s as Retry-After asks")]
    private static partial void LogRateLimited(ILogger logger, string method, double seconds);
}
