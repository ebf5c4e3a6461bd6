namespace HandoffBot.Integrations;

/// <summary>Where an outbox item is: waiting (first try or a retry), being sent, delivered, or parked for a person.</summary>
public static class OutboxStatus
{
    public const string Pending = "pending";

    /// <summary>Claimed by a worker until its lease ends; a process that dies mid-send leaves it to be claimed again.</summary>
    public const string Sending = "sending";

    public const string Delivered = "delivered";

    /// <summary>Refused for good (a 4xx other than 408/429) or out of attempts: kept, visible to supervisors, retried only by hand.</summary>
    public const string Parked = "parked";
}
