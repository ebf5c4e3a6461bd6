namespace HandoffBot.Knowledge;

public enum KnowledgeTurnKind
{
    Answer,
    Decline,
    Feedback,
}
