namespace HandoffBot.Conversation;

/// <summary>Small per-conversation facts kept in ConversationState.</summary>
public sealed class ConversationFlags
{
    /// <summary>Whether the greeting was sent: channels may report members joining more than once.</summary>
    public bool Greeted { get; set; }
}
