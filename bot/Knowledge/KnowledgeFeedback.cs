namespace HandoffBot.Knowledge;

/// <summary>
/// Kept in ConversationState between knowledge turns: the article whose "Did that help?" waits for an answer, and the
/// last article given with the question that found it, which the next few messages are read against.
/// </summary>
public sealed class KnowledgeFeedback
{
    public string? ArticleId { get; set; }

    /// <summary>The last article given; follow-ups are read in its context.</summary>
    public string? ContextArticleId { get; set; }

    /// <summary>The question that found <see cref="ContextArticleId"/>.</summary>
    public string? ContextQuestion { get; set; }

    /// <summary>The passage quoted last; a follow-up that would get it again is not answered by it.</summary>
    public string? ContextPassage { get; set; }

    /// <summary>Knowledge turns since <see cref="ContextArticleId"/> was given.</summary>
    public int ContextAge { get; set; }
}
