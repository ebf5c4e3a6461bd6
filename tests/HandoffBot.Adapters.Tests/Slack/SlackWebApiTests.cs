using System.Net;
using System.Text.Json.Nodes;
using HandoffBot.Adapters.Slack;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HandoffBot.Adapters.Tests.Slack;

/// <summary>How the channel treats Slack's answers: rate limits are waited out, failures retried a bounded number of times, refusals surfaced.</summary>
public sealed class SlackWebApiTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task A_rate_limited_post_waits_for_retry_after_and_then_goes_through()
    {
        var slack = new ScriptedSlack(
            () => new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(30)) } },
            () => Ok("""{"ok":true,"channel":"D1","ts":"1.000200"}"""));
        var api = Api(slack);

        var posting = api.PostMessageAsync(new JsonObject { ["channel"] = "D1", ["text"] = "hi" }, CancellationToken.None);
        var waited = await UntilDoneAsync(posting);

        Assert.Equal("1.000200", await posting);
        Assert.Equal(2, slack.Calls);
        Assert.InRange(waited, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(31));
    }

    [Fact]
    public async Task Server_errors_are_tried_again_a_bounded_number_of_times()
    {
        var slack = new ScriptedSlack(() => new HttpResponseMessage(HttpStatusCode.BadGateway));
        var api = Api(slack);

        var posting = api.PostMessageAsync(new JsonObject { ["channel"] = "D1", ["text"] = "hi" }, CancellationToken.None);
        await UntilDoneAsync(posting);

        var failure = await Assert.ThrowsAsync<SlackApiException>(() => posting);
        Assert.Equal("HTTP 502", failure.Error);
        Assert.Equal(3, slack.Calls);
    }

    [Fact]
    public async Task A_refusal_is_not_retried_and_names_slacks_error()
    {
        var slack = new ScriptedSlack(() => Ok("""{"ok":false,"error":"channel_not_found"}"""));

        var failure = await Assert.ThrowsAsync<SlackApiException>(() => Api(slack).PostMessageAsync(new JsonObject { ["channel"] = "D1", ["text"] = "hi" }, CancellationToken.None));

        Assert.Equal(("chat.postMessage", "channel_not_found"), (failure.Method, failure.Error));
        Assert.Equal(1, slack.Calls);
    }

    /// <summary>Moves the fake clock a second at a time until <paramref name="task"/> ends; how much time that took.</summary>
    private async Task<TimeSpan> UntilDoneAsync(Task task)
    {
        var start = _clock.GetUtcNow();
        for (var step = 0; !task.IsCompleted && step < 600; step++)
        {
            // Yield to the call so that it reaches its wait before the clock moves.
            await Task.WhenAny(task, Task.Delay(10));
            if (!task.IsCompleted)
            {
                _clock.Advance(TimeSpan.FromSeconds(1));
            }
        }

        return _clock.GetUtcNow() - start;
    }

    private SlackWebApi Api(ScriptedSlack slack) =>
        new(new HttpClient(slack), Options.Create(new SlackOptions { SigningSecret = "s", BotToken = "xoxb-1", SendRetries = 2 }), _clock, NullLogger<SlackWebApi>.Instance);

    private static HttpResponseMessage Ok(string json) => new(HttpStatusCode.OK) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };

    /// <summary>Answers each call with the next scripted response (the last one repeats).</summary>
    private sealed class ScriptedSlack(params Func<HttpResponseMessage>[] responses) : HttpMessageHandler
    {
        private int _calls;

        public int Calls => _calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Assert.Equal("Bearer xoxb-1", request.Headers.Authorization?.ToString());
            var call = Interlocked.Increment(ref _calls);
            return Task.FromResult(responses[Math.Min(call, responses.Length) - 1]());
        }
    }
}
