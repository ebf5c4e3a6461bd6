using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using HandoffBot.Insights;
using HandoffBot.Tests.Agents;
using HandoffBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace HandoffBot.Tests.Insights;

/// <summary>
/// What an operator's Prometheus scrapes at <c>/metrics</c> after a few real conversations: turns by channel,
/// decisions by kind, handoffs by trigger and skill, the queue per skill, time to accept, encoder work, and the ASP.NET
/// Core and runtime series.
/// </summary>
[Collection(IsolatedCollection.Name)]
public sealed partial class PrometheusMetricsTests : AgentHubHost
{
    [Fact]
    public async Task Conversations_an_answer_a_handoff_and_an_accept_show_in_the_scrape()
    {
        var answered = Customer("std-ben");
        await answered.SendAsync("how do I reset my password?");
        await Listener.WaitForMessageAsync(answered.ConversationId, "Source:");
        var waiting = Customer("std-bugs-chloe");
        await HandOffAsync(waiting, "the app crashes every time I open a report, I need a person");
        var billing = Customer("std-lowcsat-dev");
        var handoffId = await HandOffAsync(billing, "I want my money back for last month");
        await Host.Services.GetRequiredService<QueueGauges>().RefreshAsync(CancellationToken.None);
        var before = await ScrapeAsync();

        await using var maya = await SignInAsync("maya", connect: false);
        Clock.Advance(TimeSpan.FromSeconds(42));
        using (var accepted = await maya.PostAsync($"api/agent/cases/{handoffId}/accept"))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        await Host.Services.GetRequiredService<QueueGauges>().RefreshAsync(CancellationToken.None);
        var after = await ScrapeAsync();

        Assert.True(Value(after, "handoffbot_turns_total", "channel=\"emulator\"") >= 3);
        Assert.True(Value(after, "handoffbot_turn_duration_seconds_count", "channel=\"emulator\"") >= 3);
        Assert.True(Value(after, "handoffbot_decisions_total", "kind=\"handoff\"") >= 2);
        Assert.Equal(1, Value(after, "handoffbot_handoffs_total", "skill=\"billing\""));
        Assert.Equal(1, Value(before, "handoffbot_queue_depth", "skill=\"billing\""));
        Assert.Equal(0, Value(after, "handoffbot_queue_depth", "skill=\"billing\"", orZero: true));
        Assert.Equal(1, Value(after, "handoffbot_handoff_time_to_accept_seconds_count", "skill=\"billing\""));
        Assert.Equal(42, Value(after, "handoffbot_handoff_time_to_accept_seconds_sum", "skill=\"billing\""), 0.5);
        Assert.True(Value(before, "handoffbot_queue_oldest_wait_seconds", "skill=\"billing\"") >= 0);
        Assert.Matches(@"(?m)^http_server_request_duration_seconds_count\{", after);
        Assert.Matches(@"(?m)^(dotnet|process)_\w+", after);

        // Every series the shipped Grafana dashboard charts exists. The encoder's is left out: test hosts share one
        // encoder outside the bot, so nothing here embeds through the counted one.
        var dashboard = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "deployment", "grafana", "handoffbot.json"));
        var charted = Charted().Matches(dashboard).Select(m => m.Groups["name"].Value).Distinct().Where(n => n != "handoffbot_encoder_sentences_total").ToList();
        Assert.NotEmpty(charted);
        Assert.All(charted, name => Assert.Matches($@"(?m)^{name}(_bucket|_sum|_count)?[{{ ]", before + after));
    }

    private async Task<string> ScrapeAsync()
    {
        using var response = await Http.GetAsync(InsightsExtensions.MetricsPath.TrimStart('/'));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    // The sum over the series of a metric whose labels include the given one.
    private static double Value(string scrape, string metric, string label, bool orZero = false)
    {
        var values = scrape.Split('\n')
            .Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal) && line.Contains(label, StringComparison.Ordinal))
            .Select(line => double.Parse(Series().Match(line).Groups["value"].Value, CultureInfo.InvariantCulture))
            .ToList();
        Assert.True(values.Count > 0 || orZero, $"No {metric} series with {label} in:\n{scrape}");
        return values.Sum();
    }

    [GeneratedRegex(@"(?<name>(handoffbot|http_server|dotnet)_[a-z_]+?)(_bucket)?\b")]
    private static partial Regex Charted();

    [GeneratedRegex(@"\}\s+(?<value>[-+0-9.eE]+|NaN)(\s+\d+)?\s*$")]
    private static partial Regex Series();
}
