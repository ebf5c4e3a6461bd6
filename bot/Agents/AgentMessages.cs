using HandoffBot.Handoff;

namespace HandoffBot.Agents;

/// <summary>What the hub tells customers in its own voice.</summary>
public static class AgentMessages
{
    public static string Joined(string agentName) => $"{agentName} has joined the conversation.";

    public static string StillWaiting(TimeSpan wait) =>
        $"Thanks for waiting. Everyone on the team is still busy, but you're next in line for the right person: the wait is now {HandoffMessages.WaitText(wait)}. I'll stay with you until then.";

    public static string Transferred(string to) =>
        $"I'm bringing in a colleague from {to}. They can see everything we've discussed, so you won't need to repeat anything.";
}
