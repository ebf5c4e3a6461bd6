using System.Net;
using System.Text.Json;
using HandoffBot.Agents;
using HandoffBot.Csat;
using HandoffBot.Tests.Agents;
using HandoffBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace HandoffBot.Tests.Insights;

/// <summary>
/// The lead's numbers for a period, from real conversations on a controlled clock, counted in the lead's time zone
/// (New York): a message at 04:00 UTC on 2 December is still 1 December there.
/// </summary>
public sealed class LeadMetricsApiTests : AgentHubHost
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["HandoffBot:Insights:TimeZone"] = "America/New_York",
    };

    [Fact]
    public async Task A_day_and_a_week_give_the_hand_counted_numbers_with_days_in_the_leads_time_zone()
    {
        // 1 December, 10:00 in New York: one answered question, one billing handoff accepted after 60 s, first reply
        // after 90 s, resolved and rated 5.
        var answered = Customer("std-ben");
        await answered.SendAsync("how do I reset my password?");
        await Listener.WaitForMessageAsync(answered.ConversationId, "Source:");
        await answered.SendAsync("great, thanks, bye");
        await Listener.WaitForMessageAsync(answered.ConversationId, CsatMessages.AiOnlyQuestion);
        await answered.SendAsync("4");
        await Listener.WaitForMessageAsync(answered.ConversationId, "Thank you for rating us 4");
        var billing = Customer("std-lowcsat-dev");
        var handoffId = await HandOffAsync(billing, "I want my money back for last month");
        await using var maya = await SignInAsync("maya", connect: false);
        Clock.Advance(TimeSpan.FromSeconds(60));
        (await maya.PostAsync($"api/agent/cases/{handoffId}/accept")).Dispose();
        Clock.Advance(TimeSpan.FromSeconds(30));
        (await maya.PostAsync($"api/agent/cases/{handoffId}/messages", new { text = "Refunded the second charge." })).Dispose();
        (await maya.PostAsync($"api/agent/cases/{handoffId}/resolve", new { disposition = "refunded" })).Dispose();
        await Listener.WaitForMessageAsync(billing.ConversationId, "how would you rate");
        await billing.SendAsync("5");
        await Eventually.HoldsAsync(
            async () => (await Host.Services.GetRequiredService<HandoffEventLog>().ListAsync(null, CancellationToken.None)).FirstOrDefault(e => e.Kind == HandoffEventKind.Csat),
            "the rating in the event log");

        // 2 December 04:00 UTC = 1 December 23:00 in New York: a security handoff nobody takes.
        Clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 4, 0, 0, TimeSpan.Zero));
        var security = await HandOffAsync(Customer("std-ben"), "someone hacked my account and changed the password");

        // 2 December 01:00 in New York: another answered question.
        Clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 6, 0, 0, TimeSpan.Zero));
        var later = Customer("trial-ana");
        await later.SendAsync("how do I export my data?");
        await Listener.WaitForMessageAsync(later.ConversationId, "Source:");

        // 2 December 01:10 in New York: a customer gives up waiting and withdraws before anyone accepts.
        Clock.Advance(TimeSpan.FromMinutes(10));
        var gaveUp = Customer("std-ben");
        await HandOffAsync(gaveUp, "can I talk to a real person please");
        Clock.Advance(TimeSpan.FromMinutes(3));
        await gaveUp.SendAsync("never mind, I found it");
        await Listener.WaitForMessageAsync(gaveUp.ConversationId, "closed your request");

        // And one waiting right now, for 45 s, whatever the period.
        await HandOffAsync(Customer("trial-ana"), "my account was hacked, someone is logging in from abroad");
        Clock.Advance(TimeSpan.FromSeconds(45));

        await using var lee = await SignInAsync("lee", connect: false);
        var day = await lee.GetJsonAsync("api/metrics/summary?period=custom&from=2026-12-01&to=2026-12-01");
        Assert.Equal("America/New_York", day.GetProperty("timeZone").GetString());
        Assert.Equal(3, day.GetProperty("conversations").GetInt32());
        Assert.Equal(2, day.GetProperty("handoffs").GetInt32());
        Assert.Equal(0.667, day.GetProperty("handoffRate").GetDouble());
        Assert.Equal(0.333, day.GetProperty("resolvedByBotRate").GetDouble());
        Assert.Equal(1, day.GetProperty("accepted").GetInt32());
        Assert.Equal(1, day.GetProperty("resolved").GetInt32());
        // Two hours unanswered by 06:00 UTC: the security case became a follow-up ticket, as the hub does.
        Assert.Equal(0, day.GetProperty("waiting").GetInt32());
        // Its customer went silent while waiting: abandoned, like the one who withdraws on 2 December.
        Assert.Equal(1, day.GetProperty("abandoned").GetInt32());
        Assert.Equal(1, day.GetProperty("closedAsFollowUps").GetInt32());
        Assert.Equal("follow-up", (await Host.Services.GetRequiredService<SqliteAgentHub>().GetAsync(security, CancellationToken.None))!.Status);
        Assert.Equal(60, day.GetProperty("medianSecondsToAccept").GetDouble());
        Assert.Equal(90, day.GetProperty("medianSecondsToFirstHumanReply").GetDouble());
        Assert.Equal(1, day.GetProperty("csatRatings").GetInt32());
        Assert.Equal(5, day.GetProperty("averageCsat").GetDouble());
        Assert.Equal(1, day.GetProperty("aiOnlyCsatRatings").GetInt32());
        Assert.Equal(4, day.GetProperty("aiOnlyAverageCsat").GetDouble());
        Assert.Equal(["billing:1", "security:1"], Counts(day, "handoffsBySkill"));
        Assert.Equal(["2026-12-01:3:2"], Days(day));
        var trend = Assert.Single(day.GetProperty("daily").EnumerateArray());
        Assert.Equal(0.667, trend.GetProperty("handoffRate").GetDouble());
        Assert.Equal(0.333, trend.GetProperty("resolvedByBotRate").GetDouble());
        Assert.Equal(60, trend.GetProperty("medianSecondsToAccept").GetDouble());
        Assert.Equal(90, trend.GetProperty("medianSecondsToFirstHumanReply").GetDouble());
        Assert.Equal(5, trend.GetProperty("averageCsat").GetDouble());
        Assert.Equal(4, trend.GetProperty("aiOnlyAverageCsat").GetDouble());
        var queue = Assert.Single(day.GetProperty("queueNow").EnumerateArray());
        Assert.Equal("security", queue.GetProperty("skill").GetString());
        Assert.Equal(1, queue.GetProperty("waiting").GetInt32());
        Assert.Equal(45, queue.GetProperty("oldestWaitSeconds").GetDouble());

        var week = await lee.GetJsonAsync("api/metrics/summary?period=7d");
        Assert.Equal("2026-11-26", week.GetProperty("from").GetString());
        Assert.Equal("2026-12-02", week.GetProperty("to").GetString());
        Assert.Equal(6, week.GetProperty("conversations").GetInt32());
        Assert.Equal(["2026-11-26:0:0", "2026-11-27:0:0", "2026-11-28:0:0", "2026-11-29:0:0", "2026-11-30:0:0", "2026-12-01:3:2", "2026-12-02:3:2"], Days(week));
        Assert.Equal(2, week.GetProperty("abandoned").GetInt32());
        Assert.Equal(0.5, week.GetProperty("abandonmentRate").GetDouble());
        var secondDay = week.GetProperty("daily")[6];
        Assert.Equal(1, secondDay.GetProperty("abandoned").GetInt32());
        Assert.Equal(JsonValueKind.Null, secondDay.GetProperty("medianSecondsToAccept").ValueKind);
        Assert.Equal(JsonValueKind.Null, week.GetProperty("daily")[0].GetProperty("handoffRate").ValueKind);

        await using var sam = await SignInAsync("sam", connect: false);
        using (var agent = await sam.Http.GetAsync("api/metrics/summary?period=7d"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
        }

        using var backwards = await lee.Http.GetAsync("api/metrics/summary?period=custom&from=2026-12-02&to=2026-12-01");
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("from not after to", await backwards.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var notADate = await lee.Http.GetAsync("api/metrics/summary?period=custom&from=yesterday&to=2026-12-01");
        Assert.Equal(HttpStatusCode.BadRequest, notADate.StatusCode);
        Assert.Contains("from", await notADate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("/api/metrics/summary", await Http.GetStringAsync("openapi/v1.json"), StringComparison.Ordinal);
    }

    private static List<string> Counts(JsonElement metrics, string name) =>
        [.. metrics.GetProperty(name).EnumerateArray().Select(c => $"{c.GetProperty("name").GetString()}:{c.GetProperty("count").GetInt32()}").Order(StringComparer.Ordinal)];

    private static List<string> Days(JsonElement metrics) =>
        [.. metrics.GetProperty("daily").EnumerateArray().Select(d => $"{d.GetProperty("date").GetString()}:{d.GetProperty("conversations").GetInt32()}:{d.GetProperty("handoffs").GetInt32()}")];
}
