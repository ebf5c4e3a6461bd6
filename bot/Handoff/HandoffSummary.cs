using System.Text;

namespace HandoffBot.Handoff;

/// <summary>The two-line summary an agent reads before the transcript.</summary>
public static class HandoffSummary
{
    private const int QuoteLength = 160;

    public static string Write(HandoffRequest request, IReadOnlyList<string> customerMessages)
    {
        ArgumentNullException.ThrowIfNull(request);
        var summary = new StringBuilder();
        var reasons = string.Join("; ", request.Triggers.Select(t => $"{t.Name} ({t.Evidence})"));
        summary.Append("Handed off for: ").Append(reasons).Append('.');
        var first = customerMessages.FirstOrDefault(m => !string.IsNullOrWhiteSpace(m));
        var last = customerMessages.LastOrDefault(m => !string.IsNullOrWhiteSpace(m));
        if (first is not null)
        {
            summary.Append(" Customer opened with: \"").Append(Quote(first)).Append("\".");
        }

        if (last is not null && !ReferenceEquals(last, first))
        {
            summary.Append(" Latest: \"").Append(Quote(last)).Append("\".");
        }

        if (request.Tried.Count > 0)
        {
            summary.Append(" Bot tried: ")
                .Append(string.Join(", ", request.Tried.Select(t => t.Outcome is { } outcome ? $"{t.Tried} ({outcome})" : t.Tried)))
                .Append('.');
        }

        return summary.ToString();
    }

    private static string Quote(string text) =>
        text.Length <= QuoteLength ? text.Trim() : string.Concat(text.AsSpan(0, QuoteLength).Trim(), "…");
}
