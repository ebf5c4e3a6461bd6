using HandoffBot.Handoff.Detection;

namespace HandoffBot.Tests.Handoff.Detection;

public sealed class SentimentTrendTests
{
    private readonly SentimentAnalyzer _analyzer = new();

    [Fact]
    public void Frustration_rises_over_a_worsening_conversation()
    {
        string[] turns =
        [
            "hi, how do I export my data?",
            "that didn't work",
            "it's still not working, this is frustrating",
            "This is ridiculous!! third time I'm asking",
            "UNACCEPTABLE. I WANT A HUMAN NOW!!!",
        ];
        IReadOnlyList<double> history = [];
        var levels = new List<double>();
        foreach (var turn in turns)
        {
            history = SentimentTrend.Append(history, _analyzer.Analyze(turn).Frustration);
            levels.Add(SentimentTrend.Compute(history).Level);
        }

        var trend = SentimentTrend.Compute(history);
        Assert.True(trend.Rising, $"slope {trend.Slope}");
        Assert.True(trend.Slope > 0.1, $"slope {trend.Slope}");
        Assert.True(trend.Level > 0.6, $"level {trend.Level}");
        Assert.True(levels[^1] > levels[0]);
        Assert.Equal(5, trend.Count);
    }

    [Fact]
    public void A_calm_conversation_does_not_rise()
    {
        var results = new[] { "hi", "how do I invite a teammate?", "ok, and where do I set their role?", "thanks, that worked great" }
            .Select(_analyzer.Analyze)
            .ToList();

        var trend = SentimentTrend.Compute(results);

        Assert.False(trend.Rising);
        Assert.True(trend.Level < 0.2, $"level {trend.Level}");
    }

    [Fact]
    public void A_customer_who_calms_down_is_not_rising()
    {
        var trend = SentimentTrend.Compute([0.9, 0.8, 0.4, 0.1, 0]);

        Assert.False(trend.Rising);
        Assert.True(trend.Slope < 0);
    }

    [Fact]
    public void Only_the_window_counts()
    {
        var trend = SentimentTrend.Compute([1, 1, 1, 0, 0, 0, 0, 0], window: 5);

        Assert.Equal(5, trend.Count);
        Assert.Equal(0, trend.Level);
        Assert.Equal(0, trend.Latest);
    }

    [Fact]
    public void Append_keeps_the_last_values_only()
    {
        IReadOnlyList<double> history = [];
        for (var i = 1; i <= 7; i++)
        {
            history = SentimentTrend.Append(history, i / 10.0, window: 3);
        }

        Assert.Equal([0.5, 0.6, 0.7], history);
    }

    [Fact]
    public void No_history_is_an_empty_trend()
    {
        Assert.Equal(SentimentTrendResult.Empty, SentimentTrend.Compute(Array.Empty<double>()));
    }
}
