namespace HandoffBot.Agents;

/// <summary>The names of what <c>/hubs/agent</c> pushes to consoles (client methods).</summary>
public static class AgentConsoleEvents
{
    /// <summary>The queue changed (<c>{change, handoffId, at}</c>): a case opened, moved, was taken or closed. Consoles refetch it.</summary>
    public const string QueueChanged = "queueChanged";

    /// <summary>A case is offered to this agent (<see cref="QueueItem"/>), to accept within the accept timeout.</summary>
    public const string CaseOffered = "caseOffered";

    /// <summary>The customer wrote on a case (<c>{handoffId, seq, sender, text, createdUtc}</c>), waiting or with an agent.</summary>
    public const string CustomerMessage = "customerMessage";

    /// <summary>An agent wrote to the customer or left a transfer note (same shape as <see cref="CustomerMessage"/>).</summary>
    public const string AgentMessage = "agentMessage";

    /// <summary>An urgent case arrived, or an offer expired (<c>{handoffId, priority, reason, skill, message}</c>).</summary>
    public const string UrgentAlert = "urgentAlert";
}
