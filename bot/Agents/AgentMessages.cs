using HandoffBot.Handoff;

namespace HandoffBot.Agents;

/// <summary>What the hub tells customers in its own voice.</summary>
public static class AgentMessages
{
    public static string Joined(string agentName) => $"{agentName} has joined the conversation.";

    public static string StillWaiting(TimeSpan wait) =>
        $"Thanks for waiting. Everyone on the team is still busy, but you're next in line for the right person: the wait is now {HandoffMessages.WaitText(wait)}. I'll stay with you until then.";

    /// <summary>The case goes to a named colleague.</summary>
    public static string TransferredToAgent(string agentName) =>
        $"I'm bringing in my colleague {agentName}. They can see everything we've discussed, so you won't need to repeat anything.";

    /// <summary>The case goes to another team's queue.</summary>
    public static string TransferredToTeam(string skill) =>
        $"I'm bringing in a colleague from our {skill} team. They can see everything we've discussed, so you won't need to repeat anything.";
}
