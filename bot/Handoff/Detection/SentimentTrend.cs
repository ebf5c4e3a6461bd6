namespace HandoffBot.Handoff.Detection;

/// <summary>
/// The trend of frustration over a conversation, as pure functions over plain numbers so that the history can live
/// in conversation state: keep the last few frustration values with <see cref="Append"/>, and read the trend with
/// <see cref="Compute(IReadOnlyList{double}, int, double, double)"/>.
/// </summary>
public static class SentimentTrend
{
    public const int DefaultWindow = 5;

    /// <summary>Weight of the newest value in the exponentially weighted level.</summary>
    public const double DefaultSmoothing = 0.5;

    /// <summary>Least-squares slope (per message) from which frustration counts as rising.</summary>
    public const double DefaultRisingSlope = 0.08;

    /// <summary>The history with <paramref name="value"/> appended, keeping the last <paramref name="window"/> values.</summary>
    public static IReadOnlyList<double> Append(IReadOnlyList<double>? history, double value, int window = DefaultWindow)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        var list = (history ?? []).Append(value).ToList();
        return list.Skip(Math.Max(0, list.Count - window)).ToList();
    }

    public static SentimentTrendResult Compute(IReadOnlyList<SentimentResult> results, int window = DefaultWindow) =>
        Compute(results.Select(r => r.Frustration).ToList(), window);

    /// <summary>The trend over the last <paramref name="window"/> frustration values, oldest first.</summary>
    public static SentimentTrendResult Compute(
        IReadOnlyList<double> frustrations,
        int window = DefaultWindow,
        double smoothing = DefaultSmoothing,
        double risingSlope = DefaultRisingSlope)
    {
        ArgumentNullException.ThrowIfNull(frustrations);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        if (frustrations.Count == 0)
        {
            return SentimentTrendResult.Empty;
        }

        var values = frustrations.Skip(Math.Max(0, frustrations.Count - window)).Select(v => Math.Clamp(v, 0, 1)).ToArray();
        var level = values[0];
        foreach (var value in values.Skip(1))
        {
            level = (smoothing * value) + ((1 - smoothing) * level);
        }

        var slope = 0.0;
        if (values.Length >= 2)
        {
            var meanX = (values.Length - 1) / 2.0;
            var meanY = values.Average();
            var numerator = 0.0;
            var denominator = 0.0;
            for (var i = 0; i < values.Length; i++)
            {
                numerator += (i - meanX) * (values[i] - meanY);
                denominator += (i - meanX) * (i - meanX);
            }

            slope = numerator / denominator;
        }

        var rising = values.Length >= 3 && slope >= risingSlope && values[^1] > values[0];
        return new SentimentTrendResult(Math.Round(level, 4), Math.Round(slope, 4), rising, values[^1], values.Length);
    }
}
