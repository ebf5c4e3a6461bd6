using HandoffBot.Csat;

namespace HandoffBot.Agents;

/// <summary>Puts each CSAT rating of a handoff on its timeline, so that metrics can report CSAT by path.</summary>
public sealed class HandoffEventCsatRecorder(HandoffEventLog events) : ICsatRecorder
{
    public Task RecordAsync(CsatRating rating, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rating);
        return rating.IsAiOnly ? Task.CompletedTask : events.RecordAsync(rating.HandoffId, HandoffEventKind.Csat, null, new { rating = rating.Rating }, cancellationToken);
    }
}
