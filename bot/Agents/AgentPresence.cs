namespace HandoffBot.Agents;

/// <summary>Whether an agent takes new cases: only <see cref="Available"/> agents are offered any.</summary>
public static class AgentPresence
{
    public const string Available = "available";

    public const string Away = "away";

    public const string Offline = "offline";

    public static bool IsValid(string? presence) => presence is Available or Away or Offline;
}
