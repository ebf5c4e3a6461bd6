namespace HandoffBot.Agents;

/// <summary>
/// An agent as the hub routes to them: skills (<c>*</c> = every skill), capacity, role, presence and current load, and
/// who they are in Microsoft Teams (<see cref="TeamsUserId"/>, their Microsoft Entra object id), for the agent desk.
/// </summary>
public sealed record AgentAccount(
    string Id,
    string DisplayName,
    string? Email,
    string Role,
    IReadOnlyList<string> Skills,
    int Capacity,
    string Presence,
    int Load,
    string? TeamsUserId = null)
{
    public const string AllSkills = "*";

    public bool HasSkill(string skill) => Skills.Contains(skill, StringComparer.Ordinal) || Skills.Contains(AllSkills, StringComparer.Ordinal);

    /// <summary>A specialist (the skill listed by name) is preferred to a generalist (<c>*</c>).</summary>
    public bool IsSpecialistFor(string skill) => Skills.Contains(skill, StringComparer.Ordinal);

    public bool CanTakeMore => Presence == AgentPresence.Available && Load < Capacity;

    /// <summary>
    /// Whether this agent may see a case (its messages, details, the queue row) and take it: supervisors always;
    /// agents for their skills; anyone who holds it or to whom it is offered (a transfer to a named colleague).
    /// </summary>
    public bool MaySee(string skill, string? holder, string? offeredTo) =>
        Role == AgentAuthentication.SupervisorRole || HasSkill(skill) || holder == Id || offeredTo == Id;
}
