using System.Net;
using System.Text.Json;
using HandoffBot.Integrations;
using HandoffBot.Tests.Agents;
using HandoffBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace HandoffBot.Tests.Integrations;

/// <summary>
/// Urgent handoffs announced to a Teams incoming webhook (a loopback stub) through the outbox: the documented message
/// with its Adaptive Card; a vendor failing, rate-limiting, refusing, or the bot restarting in between loses nothing and
/// sends nothing twice. Retries run on the test's clock.
/// </summary>
public sealed class OutboxTests : AgentHubHost
{
    private const string Urgent = "the sync keeps failing AGAIN!!! honestly we're looking at your competitors";

    private readonly WireMockServer _teams = WireMockServer.Start();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["HandoffBot:Integrations:Teams:WebhookUrl"] = _teams.Url + "/webhook",
        ["HandoffBot:Integrations:ConsoleUrl"] = "https://support.example.com/agent/",
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _teams.Stop();
        _teams.Dispose();
    }

    [Fact]
    public async Task An_urgent_handoff_posts_an_adaptive_card_with_the_customer_the_reason_and_a_link_to_the_case()
    {
        Answer(HttpStatusCode.OK);
        await HandOffAsync(Customer("trial-ana"), "I'd prefer to speak with a human");
        var handoffId = await HandOffAsync(Customer("vip-elena"), Urgent);

        var message = JsonDocument.Parse((await PostsAsync(1))[0]).RootElement;

        Assert.Equal("message", message.GetProperty("type").GetString());
        var attachment = message.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        var facts = card.GetProperty("body")[1].GetProperty("facts").EnumerateArray()
            .ToDictionary(f => f.GetProperty("title").GetString()!, f => f.GetProperty("value").GetString()!);
        Assert.StartsWith("Elena Rossi", facts["Customer"], StringComparison.Ordinal);
        Assert.Equal("vip", facts["Tier"]);
        Assert.Contains("{{DATE(2026-12-01T15:00:00Z, SHORT)}}", facts["Waiting since"], StringComparison.Ordinal);
        Assert.Equal($"https://support.example.com/agent/#case={handoffId}", card.GetProperty("actions")[0].GetProperty("url").GetString());

        // The routine handoff before it was never sent.
        var item = Assert.Single(await Outbox.ListAsync(null, 10, CancellationToken.None));
        Assert.Equal((handoffId, OutboxStatus.Delivered, 1), (item.HandoffId, item.Status, item.Attempts));
    }

    [Fact]
    public async Task A_server_error_is_retried_after_a_backoff_and_delivered_once()
    {
        AnswerInTurn(HttpStatusCode.InternalServerError, HttpStatusCode.OK);
        var handoffId = await HandOffAsync(Customer("vip-elena"), Urgent);
        await PostsAsync(1);
        var retrying = await ItemAsync(i => i.Status == OutboxStatus.Pending && i.Attempts == 1);
        Assert.StartsWith("500", retrying.LastError, StringComparison.Ordinal);
        Assert.Equal(Clock.GetUtcNow() + TimeSpan.FromSeconds(5), retrying.NextAttemptUtc);

        await AdvanceUntilAsync(async () => (await ItemAsync()).Status == OutboxStatus.Delivered);

        Assert.Equal(2, _teams.LogEntries.Count());
        Assert.Equal(handoffId, (await ItemAsync()).HandoffId);
    }

    [Fact]
    public async Task A_429_waits_for_retry_after_before_trying_again()
    {
        AnswerInTurn(HttpStatusCode.TooManyRequests, HttpStatusCode.OK, retryAfterSeconds: 120);
        await HandOffAsync(Customer("vip-elena"), Urgent);
        await PostsAsync(1);
        var limited = await ItemAsync(i => i.Status == OutboxStatus.Pending);
        var asked = Clock.GetUtcNow();
        Assert.Equal(asked + TimeSpan.FromSeconds(120), limited.NextAttemptUtc);

        Clock.Advance(TimeSpan.FromSeconds(119));
        await Task.Delay(300);
        Assert.Single(_teams.LogEntries);

        await AdvanceUntilAsync(async () => (await ItemAsync()).Status == OutboxStatus.Delivered);
        Assert.Equal(2, _teams.LogEntries.Count());
    }

    [Fact]
    public async Task A_refused_call_is_parked_shown_to_supervisors_and_on_healthz_and_can_be_retried()
    {
        AnswerInTurn(HttpStatusCode.BadRequest, HttpStatusCode.OK);
        await HandOffAsync(Customer("vip-elena"), Urgent);
        var parked = await ItemAsync(i => i.Status == OutboxStatus.Parked);
        Assert.StartsWith("400", parked.LastError, StringComparison.Ordinal);

        await using var lee = await SignInAsync("lee", connect: false);
        var listed = await lee.GetJsonAsync("api/integrations/outbox?status=parked");
        Assert.Equal(parked.Id, Assert.Single(listed.EnumerateArray()).GetProperty("id").GetInt64());
        using (var health = await Http.GetAsync("healthz"))
        {
            var body = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal("degraded", body.GetProperty("status").GetString());
            Assert.Equal(1, body.GetProperty("outbox").GetProperty("parked").GetInt32());
        }

        await using var sam = await SignInAsync("sam", connect: false);
        using (var agent = await sam.Http.GetAsync("api/integrations/outbox"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
        }

        using (var retried = await lee.PostAsync($"api/integrations/outbox/{parked.Id}/retry"))
        {
            Assert.Equal(HttpStatusCode.NoContent, retried.StatusCode);
        }

        await AdvanceUntilAsync(async () => (await ItemAsync()).Status == OutboxStatus.Delivered);
        using var notParked = await lee.PostAsync($"api/integrations/outbox/{parked.Id}/retry");
        Assert.Equal(HttpStatusCode.NotFound, notParked.StatusCode);
    }

    [Fact]
    public async Task An_item_waiting_for_a_retry_is_delivered_once_by_the_restarted_bot()
    {
        AnswerInTurn(HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);
        await HandOffAsync(Customer("vip-elena"), Urgent);
        await ItemAsync(i => i.Status == OutboxStatus.Pending && i.Attempts == 1);

        await RestartAsync();

        await AdvanceUntilAsync(async () => (await ItemAsync()).Status == OutboxStatus.Delivered);
        await Task.Delay(300);
        Assert.Equal(2, _teams.LogEntries.Count());
        Assert.Equal(2, (await ItemAsync()).Attempts);
    }

    [Fact]
    public async Task Bad_requests_to_the_outbox_api_get_a_400_or_404_that_says_what_is_wrong()
    {
        await using var lee = await SignInAsync("lee", connect: false);
        foreach (var (path, detail) in new[] { ("api/integrations/outbox?status=stuck", "status must be one of"), ("api/integrations/outbox?limit=0", "limit must be"), ("api/integrations/outbox?limit=many", "limit") })
        {
            using var response = await lee.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(detail, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var unknown = await lee.PostAsync("api/integrations/outbox/424242/retry"))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
            Assert.Contains("No parked outbox item 424242", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var notAnId = await lee.PostAsync("api/integrations/outbox/abc/retry");
        Assert.Equal(HttpStatusCode.NotFound, notAnId.StatusCode);
    }

    private SqliteOutbox Outbox => Host.Services.GetRequiredService<SqliteOutbox>();

    private void Answer(HttpStatusCode status) =>
        _teams.Given(Request.Create().WithPath("/webhook").UsingPost()).RespondWith(Response.Create().WithStatusCode(status));

    /// <summary>The first post gets <paramref name="first"/>, every later one <paramref name="then"/>.</summary>
    private void AnswerInTurn(HttpStatusCode first, HttpStatusCode then, int? retryAfterSeconds = null)
    {
        var failing = Response.Create().WithStatusCode(first).WithBody("""{"error":"nope"}""");
        if (retryAfterSeconds is { } seconds)
        {
            failing = failing.WithHeader("Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        _teams.Given(Request.Create().WithPath("/webhook").UsingPost()).InScenario("vendor").WillSetStateTo("answered").RespondWith(failing);
        _teams.Given(Request.Create().WithPath("/webhook").UsingPost()).InScenario("vendor").WhenStateIs("answered").RespondWith(Response.Create().WithStatusCode(then));
    }

    private async Task<List<string>> PostsAsync(int count)
    {
        await Eventually.HoldsAsync(() => Task.FromResult(_teams.LogEntries.Count() >= count ? "" : null), $"{count} post(s) to the Teams webhook");
        return [.. _teams.LogEntries.Select(e => e.RequestMessage?.Body ?? string.Empty)];
    }

    private Task<OutboxItem> ItemAsync(Func<OutboxItem, bool>? match = null) =>
        Eventually.HoldsAsync(async () => (await Outbox.ListAsync(null, 10, CancellationToken.None)).SingleOrDefault(i => match?.Invoke(i) ?? true), "the outbox item");

    /// <summary>Moves the clock a second at a time (the worker sleeps on it) until <paramref name="done"/> holds.</summary>
    private async Task AdvanceUntilAsync(Func<Task<bool>> done)
    {
        for (var step = 0; step < 600; step++)
        {
            if (await done())
            {
                return;
            }

            Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20);
        }

        throw new TimeoutException("The outbox did not get there.");
    }
}
