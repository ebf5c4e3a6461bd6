using System.Globalization;
using System.Net;
using System.Text.Json;
using HandoffBot.Agents;
using HandoffBot.Csat;
using HandoffBot.Tests.Agents;
using HandoffBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HandoffBot.Tests.Insights;

/// <summary>
/// The lead's page in headless Chromium over a few real conversations: it is behind the supervisors' sign-in, every
/// chart has data, its numbers are the API's, a table view carries the same values, and a new handoff shows without a
/// reload.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardPageTests(BrowserFixture browser) : AgentHubHost
{
    private static readonly string[] Metrics =
        ["conversations", "handoffRate", "resolvedByBotRate", "averageCsat", "aiOnlyAverageCsat", "medianSecondsToAccept", "medianSecondsToFirstHumanReply", "abandoned", "closedAsFollowUps"];

    private static readonly string[] Charts = ["volume", "rates", "times", "csat", "abandoned", "triggers", "skills", "queue"];

    [Fact]
    public async Task A_supervisor_sees_every_chart_with_the_apis_numbers_and_a_new_handoff_arrives_live()
    {
        await SeedAsync();
        var page = await browser.NewPageAsync(Host.BaseAddress);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            // The console's sign-in page asks who is signed in first (401 before sign-in); only the dashboard's count.
            if (message.Type == "error" && page.Url.Contains("/dashboard/", StringComparison.Ordinal))
            {
                errors.Add($"{message.Text} ({message.Location})");
            }
        };

        // Not signed in: the console's sign-in, then back to the dashboard.
        await page.GotoAsync("/dashboard/");
        Assert.Contains("/agent/?next=dashboard", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#agent-id", "lee");
        await page.FillAsync("#password", "lee-demo");
        await page.ClickAsync("#signin-button");
        await page.WaitForURLAsync("**/dashboard/");
        await Assertions.Expect(page.Locator("body[data-live='true']")).ToHaveCountAsync(1);

        await using var lee = await SignInAsync("lee", connect: false);
        var api = await lee.GetJsonAsync("api/metrics/summary?period=7d");
        foreach (var metric in Metrics)
        {
            var shown = await page.GetAttributeAsync($"[data-metric='{metric}']", "data-value");
            Assert.True(Same(api.GetProperty(metric), shown), $"{metric}: the page shows '{shown}', the API says {api.GetProperty(metric)}");
        }

        Assert.Equal("1 m 0 s", (await page.Locator("[data-metric='medianSecondsToAccept']").InnerTextAsync()).Split('\n')[0]);
        Assert.Equal("50.0%", (await page.Locator("[data-metric='resolvedByBotRate']").InnerTextAsync()).Split('\n')[0]);
        foreach (var chart in Charts)
        {
            var points = await page.EvaluateAsync<double>(
                "name => Chart.getChart(document.querySelector(`figure[data-chart='${name}'] canvas`)).data.datasets.flatMap(d => d.data).reduce((s, v) => s + (v ?? 0), 0)",
                chart);
            Assert.True(points > 0, $"the {chart} chart has no data");
        }

        // Numbers beside the charts and the same values as a table.
        await Assertions.Expect(page.Locator("figure[data-chart='skills'] .beside")).ToContainTextAsync("billing");
        await page.ClickAsync("#view-toggle");
        var volume = page.Locator("figure[data-chart='volume'] table");
        await Assertions.Expect(volume).ToBeVisibleAsync();
        await Assertions.Expect(volume.Locator("tbody tr")).ToHaveCountAsync(7);
        await Assertions.Expect(volume.Locator("tbody tr").Last).ToContainTextAsync("2026-12-03");
        await page.ClickAsync("#view-toggle");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Repository.ArtifactsFolder("dashboard"), "dashboard.png"), FullPage = true });

        // Live: a new handoff while the page is open.
        var waiting = int.Parse((await page.GetAttributeAsync("[data-metric='waitingNow']", "data-value"))!, CultureInfo.InvariantCulture);
        await HandOffAsync(Customer("trial-ana"), "my account was hacked, someone is logging in from abroad");
        await Assertions.Expect(page.Locator("[data-metric='waitingNow']")).ToHaveAttributeAsync("data-value", (waiting + 1).ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("[data-metric='conversations']")).ToHaveAttributeAsync("data-value", "9");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_agent_gets_403_and_a_visitor_is_sent_to_sign_in()
    {
        await using var sam = await SignInAsync("sam", connect: false);
        foreach (var path in new[] { "dashboard/", "dashboard/index.html", "dashboard" })
        {
            using var response = await sam.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using var visitor = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Host.BaseAddress };
        using var anonymous = await visitor.GetAsync("dashboard/");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("/agent/?next=dashboard", anonymous.Headers.Location!.OriginalString);

        await using var lee = await SignInAsync("lee", connect: false);
        using var page = await lee.Http.GetAsync("dashboard/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Three days of a small team. 1 December: two answered questions (one rated 5 at goodbye) and a billing handoff accepted after 3 minutes,
    /// answered after 4, resolved and rated 4. 2 December: an answer rated 3, a customer who withdraws while waiting, and a
    /// request for a person accepted after 1 minute, answered after 2, resolved and rated 5. 3 December (today): an
    /// answer and a security case still waiting.
    /// </summary>
    private async Task SeedAsync()
    {
        await AnswerAsync("how do I reset my password?");
        await AnswerAsync("how do I export my data?", rating: "5");
        await HandleAsync("std-lowcsat-dev", "I want my money back for last month", TimeSpan.FromMinutes(3), "4");

        Clock.Advance(TimeSpan.FromDays(1));
        await AnswerAsync("how do I add a teammate?", rating: "3");
        var gaveUp = Customer("std-ben");
        await HandOffAsync(gaveUp, "can I talk to a real person please");
        await gaveUp.SendAsync("never mind, I found it");
        await Listener.WaitForMessageAsync(gaveUp.ConversationId, "closed your request");
        await HandleAsync("trial-ana", "can I talk to a real person please", TimeSpan.FromMinutes(1), "5");

        Clock.Advance(TimeSpan.FromDays(1));
        await AnswerAsync("how do I reset my password?");
        await HandOffAsync(Customer("std-ben"), "someone hacked my account and changed the password");
        Clock.Advance(TimeSpan.FromSeconds(50));
    }

    /// <summary>A question the bot answers; with a rating, the customer says goodbye and rates the bot.</summary>
    private async Task AnswerAsync(string question, string? rating = null)
    {
        var customer = Customer("std-ben");
        await customer.SendAsync(question);
        await Listener.WaitForMessageAsync(customer.ConversationId, "Source:");
        if (rating is not null)
        {
            await customer.SendAsync("thanks, bye");
            await Listener.WaitForMessageAsync(customer.ConversationId, CsatMessages.AiOnlyQuestion);
            await customer.SendAsync(rating);
            await Listener.WaitForMessageAsync(customer.ConversationId, "Thank you for rating us");
        }
    }

    /// <summary>A handoff an agent accepts after <paramref name="toAccept"/>, answers a minute later and resolves; then the rating.</summary>
    private async Task HandleAsync(string customerId, string text, TimeSpan toAccept, string rating)
    {
        var customer = Customer(customerId);
        var handoffId = await HandOffAsync(customer, text);
        await using var maya = await SignInAsync("maya", connect: false);
        Clock.Advance(toAccept);
        (await maya.PostAsync($"api/agent/cases/{handoffId}/accept")).Dispose();
        Clock.Advance(TimeSpan.FromMinutes(1));
        (await maya.PostAsync($"api/agent/cases/{handoffId}/messages", new { text = "Sorted, you are all set." })).Dispose();
        (await maya.PostAsync($"api/agent/cases/{handoffId}/resolve", new { disposition = "resolved" })).Dispose();
        await Listener.WaitForMessageAsync(customer.ConversationId, "how would you rate");
        await customer.SendAsync(rating);
        var log = Host.Services.GetRequiredService<HandoffEventLog>();
        await Eventually.HoldsAsync(
            async () => (await log.ListAsync(null, CancellationToken.None)).FirstOrDefault(e => e.Kind == HandoffEventKind.Csat && e.HandoffId == handoffId),
            "the rating in the event log");
    }

    private static bool Same(JsonElement api, string? shown) => api.ValueKind switch
    {
        JsonValueKind.Null => shown == string.Empty,
        JsonValueKind.Number => shown is not null && double.Parse(shown, CultureInfo.InvariantCulture) == api.GetDouble(),
        _ => false,
    };
}
