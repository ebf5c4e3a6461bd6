namespace HandoffBot.Insights;

/// <summary>Percentiles of measured durations, nearest rank: the value at or below which the given share lies.</summary>
public static class NearestRank
{
    /// <summary>The <paramref name="share"/> (0–1) percentile of <paramref name="values"/> (sorted in place), to 0.1; null when empty.</summary>
    public static double? Of(List<double> values, double share)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        return Math.Round(values[Math.Clamp((int)Math.Ceiling(share * values.Count) - 1, 0, values.Count - 1)], 1);
    }
}
