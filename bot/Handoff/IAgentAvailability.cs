namespace HandoffBot.Handoff;

/// <summary>
/// Whether people can take a skill's handoffs right now. The agent hub implements it from presence and capacity; the
/// handoff side combines it with the rulebook's business hours to tell customers honestly when to expect an answer.
/// </summary>
public interface IAgentAvailability
{
    /// <summary>Agents with the skill who are signed in, available, and below their capacity.</summary>
    Task<int> CountAvailableAsync(string skill, CancellationToken cancellationToken);
}
