using Microsoft.Extensions.Options;

namespace HandoffBot.Agents;

/// <summary>
/// Presence follows the console's real-time connections: when an available agent's last connection drops and none
/// comes back within <see cref="AgentOptions.PresenceGrace"/>, they are set away, so no more cases are offered to
/// someone who closed the tab. When they connect again, an agent set away this way is available again; an agent who
/// chose away themselves stays away.
/// </summary>
public sealed partial class AgentConnections(
    SqliteAgentDirectory agents, AssignmentTrigger assignment, IOptions<AgentOptions> options, TimeProvider time, ILogger<AgentConnections> logger)
    : IDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Connections> _agents = new(StringComparer.Ordinal);

    public async Task ConnectedAsync(string agentId, CancellationToken cancellationToken)
    {
        bool comeBack;
        lock (_lock)
        {
            var entry = Entry(agentId);
            entry.Count++;
            entry.Grace?.Dispose();
            entry.Grace = null;
            comeBack = entry.SetAway;
            entry.SetAway = false;
        }

        if (comeBack && (await agents.FindAsync(agentId, cancellationToken))?.Presence == AgentPresence.Away)
        {
            await agents.SetPresenceAsync(agentId, AgentPresence.Available, cancellationToken);
            LogBack(logger, agentId);
            assignment.Nudge();
        }
    }

    public void Disconnected(string agentId)
    {
        lock (_lock)
        {
            var entry = Entry(agentId);
            entry.Count = Math.Max(0, entry.Count - 1);
            if (entry.Count == 0)
            {
                entry.Grace?.Dispose();
                entry.Grace = time.CreateTimer(_ => _ = GoneAsync(agentId), null, options.Value.PresenceGrace, Timeout.InfiniteTimeSpan);
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var entry in _agents.Values)
            {
                entry.Grace?.Dispose();
            }

            _agents.Clear();
        }
    }

    private async Task GoneAsync(string agentId)
    {
        lock (_lock)
        {
            if (!_agents.TryGetValue(agentId, out var entry) || entry.Count > 0 || entry.Grace is null)
            {
                return;
            }

            entry.Grace.Dispose();
            entry.Grace = null;
        }

        try
        {
            if ((await agents.FindAsync(agentId, CancellationToken.None))?.Presence != AgentPresence.Available)
            {
                return;
            }

            await agents.SetPresenceAsync(agentId, AgentPresence.Away, CancellationToken.None);
            lock (_lock)
            {
                Entry(agentId).SetAway = true;
            }

            LogGone(logger, agentId, options.Value.PresenceGrace);
            assignment.Nudge();
        }
        catch (Exception ex)
        {
            // The next disconnect tries again; an agent wrongly left available only costs expired offers.
            LogFailed(logger, ex, agentId);
        }
    }

    private Connections Entry(string agentId)
    {
        if (!_agents.TryGetValue(agentId, out var entry))
        {
            entry = new Connections();
            _agents[agentId] = entry;
        }

        return entry;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {AgentId} has had no console connection for {Grace}: set away")]
    private static partial void LogGone(ILogger logger, string agentId, TimeSpan grace);

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {AgentId} is connected again: available")]
    private static partial void LogBack(ILogger logger, string agentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not set agent {AgentId} away after their console disconnected")]
    private static partial void LogFailed(ILogger logger, Exception exception, string agentId);

    private sealed class Connections
    {
        public int Count { get; set; }

        public ITimer? Grace { get; set; }

        public bool SetAway { get; set; }
    }
}
