namespace HandoffBot.Agents;

/// <summary>What consoles show (and sound) for an urgent case or an offer nobody took.</summary>
public sealed record UrgentAlert(string HandoffId, int Priority, string Reason, string Skill, string Message);
