namespace HandoffBot.Knowledge;

/// <summary>The article whose "Did that help?" is waiting for an answer, kept in ConversationState.</summary>
public sealed class KnowledgeFeedback
{
    public string? ArticleId { get; set; }
}
