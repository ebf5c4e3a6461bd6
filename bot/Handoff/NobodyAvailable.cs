namespace HandoffBot.Handoff;

/// <summary>
/// The availability used until the agent hub registers its own (presence-based) one: nobody is counted as available, so
/// customers are told honestly that an answer may take a while and are offered a follow-up.
/// </summary>
public sealed class NobodyAvailable : IAgentAvailability
{
    public Task<int> CountAvailableAsync(string skill, CancellationToken cancellationToken) => Task.FromResult(0);
}
