namespace HandoffBot.Handoff;

/// <summary>Where a conversation stands with respect to people.</summary>
public enum HandoffStatus
{
    /// <summary>The bot is serving the customer.</summary>
    None,

    /// <summary>The bot offered a person and waits for yes or no.</summary>
    Offered,

    /// <summary>Handed off; waiting for an agent to accept.</summary>
    Waiting,

    /// <summary>An agent has the conversation; customer messages go to the agent.</summary>
    Accepted,
}
