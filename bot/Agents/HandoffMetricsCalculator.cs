using System.Globalization;
using HandoffBot.Insights;
using HandoffBot.Storage;

namespace HandoffBot.Agents;

/// <summary>
/// Handoff rate (handoffs over conversations the handoff engine saw), time to accept and to the first human response
/// (from <c>created</c>), and CSAT by path, from <see cref="HandoffEventLog"/>.
/// </summary>
public sealed class HandoffMetricsCalculator(HandoffEventLog events, SqliteAgentHub hub, SqliteDatabase database)
{
    public async Task<HandoffMetrics> ComputeAsync(DateTimeOffset? sinceUtc, CancellationToken cancellationToken)
    {
        var all = await events.ListAsync(sinceUtc, cancellationToken);
        var byCase = all.GroupBy(e => e.HandoffId).ToList();
        var toAccept = new List<double>();
        var toFirstResponse = new List<double>();
        var ratings = new List<(string Path, int Rating)>();
        foreach (var moments in byCase)
        {
            var created = moments.FirstOrDefault(e => e.Kind == HandoffEventKind.Created)?.CreatedUtc;
            if (created is { } start && moments.FirstOrDefault(e => e.Kind == HandoffEventKind.Accepted) is { } accepted)
            {
                toAccept.Add((accepted.CreatedUtc - start).TotalSeconds);
            }

            if (created is { } begin && moments.FirstOrDefault(e => e.Kind == HandoffEventKind.FirstAgentMessage) is { } first)
            {
                toFirstResponse.Add((first.CreatedUtc - begin).TotalSeconds);
            }

            foreach (var rating in moments.Select(e => e.Rating).OfType<int>())
            {
                ratings.Add((await PathAsync(moments.Key, moments.Any(e => e.Kind == HandoffEventKind.Transferred), cancellationToken), rating));
            }
        }

        var handoffs = byCase.Count(g => g.Any(e => e.Kind == HandoffEventKind.Created));
        var conversations = await CountConversationsAsync(sinceUtc, cancellationToken);
        return new HandoffMetrics(
            sinceUtc,
            conversations,
            handoffs,
            conversations > 0 ? Math.Round((double)handoffs / conversations, 3) : null,
            Count(all, HandoffEventKind.Accepted),
            Count(all, HandoffEventKind.Resolved),
            Count(all, HandoffEventKind.OfferExpired),
            Count(all, HandoffEventKind.Transferred),
            NearestRank.Of(toAccept, 0.5),
            NearestRank.Of(toAccept, 0.9),
            NearestRank.Of(toFirstResponse, 0.5),
            NearestRank.Of(toFirstResponse, 0.9),
            ratings.Count > 0 ? Math.Round(ratings.Average(r => r.Rating), 2) : null,
            [.. ratings.GroupBy(r => r.Path).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new CsatByPath(g.Key, g.Count(), Math.Round(g.Average(r => r.Rating), 2)))]);
    }

    private async Task<string> PathAsync(string handoffId, bool transferred, CancellationToken cancellationToken)
    {
        var reason = (await hub.GetAsync(handoffId, cancellationToken))?.Case.Reason ?? "unknown";
        return transferred ? reason + " (transferred)" : reason;
    }


    private static int Count(IEnumerable<HandoffEvent> events, string kind) => events.Count(e => e.Kind == kind);


    // The handoff engine logs a decision for every customer turn: its conversations are the denominator.
    private async Task<int> CountConversationsAsync(DateTimeOffset? sinceUtc, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'handoff_decision';";
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
        {
            return 0;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(DISTINCT channel_id || '/' || conversation_id) FROM handoff_decision WHERE created_utc >= $since;";
        command.Parameters.AddWithValue("$since", (sinceUtc ?? DateTimeOffset.MinValue).ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
