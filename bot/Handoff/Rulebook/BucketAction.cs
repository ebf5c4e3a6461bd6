namespace HandoffBot.Handoff.Rulebook;

/// <summary>What happens to a conversation in a bucket.</summary>
public enum BucketAction
{
    /// <summary>The bot answers it (knowledge base, guided flows).</summary>
    Resolve,

    /// <summary>A person takes it.</summary>
    Handoff,
}
