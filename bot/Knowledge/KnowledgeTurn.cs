namespace HandoffBot.Knowledge;

/// <summary>
/// What the knowledge dialog does with this message: answer or decline (with the best <c>Match</c>), or take the reply
/// to "Did that help?" about <c>ArticleId</c> (<c>Helped</c>: whether it did). <c>Repeated</c>: the customer came back
/// to the article just answered without saying it helped, so that answer did not solve it. <c>FollowUp</c>: the answer
/// is a follow-up read in the context of the article just given ("does that work on the free plan?"), the same attempt.
/// </summary>
public sealed record KnowledgeTurn(KnowledgeTurnKind Kind, KnowledgeMatch? Match, string? ArticleId = null, bool Helped = false, bool Repeated = false, bool FollowUp = false);
