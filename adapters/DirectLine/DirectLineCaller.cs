namespace HandoffBot.Adapters.DirectLine;

/// <summary>Who is calling: the site (with the secret, any conversation) or a client holding one conversation's token.</summary>
/// <param name="IsSecret">True for the site secret.</param>
/// <param name="Token">The conversation token, when the caller presented one.</param>
public sealed record DirectLineCaller(bool IsSecret, DirectLineToken? Token)
{
    /// <summary>True when the caller may read and write <paramref name="conversationId"/>.</summary>
    public bool MayUse(string conversationId) => IsSecret || string.Equals(Token?.ConversationId, conversationId, StringComparison.Ordinal);
}
