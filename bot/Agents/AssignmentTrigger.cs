namespace HandoffBot.Agents;

/// <summary>Wakes the assignment service at once when something changed (a case opened, an agent became free).</summary>
public sealed class AssignmentTrigger
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Nudge()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already nudged: one pass will see every change.
        }
    }

    /// <summary>Waits for a nudge or until <paramref name="interval"/> has passed on <paramref name="timeProvider"/>.</summary>
    public async Task WaitAsync(TimeSpan interval, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(interval, timeProvider, linked.Token);
        var nudged = _signal.WaitAsync(linked.Token);
        await Task.WhenAny(delay, nudged);
        await linked.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}
