namespace HandoffBot.Csat;

/// <summary>
/// Receives every CSAT rating. The bot stores them (<see cref="SqliteCsatStore"/>); other parts (the agent hub's event
/// log, metrics) register their own recorder and are called too.
/// </summary>
public interface ICsatRecorder
{
    Task RecordAsync(CsatRating rating, CancellationToken cancellationToken);
}
